//! Checks of a questionnaire, alone and against the instrument it assesses.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::{Report, did_you_mean};
use crate::condition;
use crate::instrument::{Force, Instrument, Provision, split_reference};
use crate::located::Located;
use crate::questionnaire::{ColumnKind, Question, QuestionKind, Questionnaire, Role};

/// Checks ids, choices, tables, provision references, conditions, constraints and coverage.
pub(crate) fn check(
    questionnaire: &Questionnaire,
    instrument: &Instrument,
    others: &[Instrument],
    report: &mut Report<'_>,
) {
    let instruments = Instruments {
        own: instrument,
        others,
        listed: &questionnaire.also_assesses,
    };
    report.format_version(&questionnaire.format_version);
    if !is_semver(&questionnaire.version) {
        report
            .error(
                &questionnaire.version,
                "bad-version",
                format!(
                    "`{}` is not a semantic version",
                    questionnaire.version.value
                ),
            )
            .help = Some("write MAJOR.MINOR.PATCH, such as `1.0.0`".into());
    }
    if questionnaire.instrument.value != instrument.id.value {
        report
            .error(
                &questionnaire.instrument,
                "wrong-instrument",
                format!(
                    "the questionnaire assesses `{}`, but the instrument in this folder is `{}`",
                    questionnaire.instrument.value, instrument.id.value
                ),
            )
            .help = Some(
            "put the questionnaire beside the instrument it assesses, or correct `instrument:`"
                .into(),
        );
    }
    report.unique("section", questionnaire.sections.iter().map(|s| &s.id));
    report.unique("question", questionnaire.questions().map(|(_, q)| &q.id));
    for (name, choices) in &questionnaire.choice_sets {
        report.unique(
            &format!("choice in set `{name}`"),
            choices.iter().map(|c| &c.value),
        );
    }

    let articles: HashSet<u32> = instrument.articles.iter().map(|a| a.number.value).collect();
    for section in &questionnaire.sections {
        check_identifier(report, "section", &section.id);
        if let Some(article) = &section.article
            && !articles.contains(&article.value)
        {
            report
                .error(
                    article,
                    "unknown-article",
                    format!("the instrument has no article {}", article.value),
                )
                .help =
                Some("correct `article:`, or remove it if the section assesses no article".into());
        }
        for question in &section.questions {
            check_identifier(report, "question", &question.id);
            check_choices(questionnaire, question, report);
            check_provisions(&instruments, question, report);
        }
    }
    check_conditions(questionnaire, report);
    check_coverage(questionnaire, &instruments, report);
    check_vocabulary(questionnaire, report);
}

/// Every `assistance-needed` question has a choice that means assistance is needed, so a State
/// that needs it is never reported as not needing it; every value the vocabulary declares is a
/// choice of such a question; the example measure is one line (it is written in comments).
fn check_vocabulary(questionnaire: &Questionnaire, report: &mut Report<'_>) {
    let vocabulary = &questionnaire.vocabulary;
    let listed = || {
        vocabulary
            .assistance_needed
            .iter()
            .map(|v| format!("`{}`", v.value))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut offered: HashSet<&str> = HashSet::new();
    for (_, question) in questionnaire.questions() {
        if question.role != Some(Role::AssistanceNeeded) || !question.kind.value.has_choices() {
            continue;
        }
        let choices = questionnaire.choices_of(question);
        offered.extend(choices.iter().map(|c| c.value.value.as_str()));
        if !choices
            .iter()
            .any(|c| vocabulary.means_assistance_needed(&c.value.value))
        {
            report
                .error(
                    &question.id,
                    "assistance-vocabulary",
                    format!(
                        "no choice of `{}` means that assistance is needed: the questionnaire's vocabulary says only {} does",
                        question.id.value,
                        listed()
                    ),
                )
                .help = Some(format!(
                "list the values that mean it under `vocabulary: {{assistance_needed: [...]}}`, such as `assistance_needed: [{}]`",
                choices
                    .first()
                    .map_or("needed".to_owned(), |c| format!("\"{}\"", c.value.value))
            ));
        }
    }
    for value in &vocabulary.assistance_needed {
        // The default (no location) is not the questionnaire's word, so it is never questioned.
        if value.line > 0 && !offered.contains(value.value.as_str()) {
            report
                .warning(
                    value,
                    "unused-vocabulary",
                    format!(
                        "`{}` is no choice of any `assistance-needed` question",
                        value.value
                    ),
                )
                .help = Some("correct the value, or remove it".into());
        }
    }
    if let Some(example) = &vocabulary.example_measure
        && (example.value.contains(['\n', '\r']) || example.value.trim().is_empty())
    {
        report
            .error(
                example,
                "bad-example-measure",
                "`vocabulary.example_measure` must be one line of text, the title of a law",
            )
            .help =
            Some("write it on one line, such as `example_measure: Firearms Act 2003`".into());
    }
}

/// Ids are names in condition expressions, so they must be identifiers.
fn check_identifier(report: &mut Report<'_>, what: &str, id: &Located<String>) {
    let mut chars = id.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !ok
        || condition::names(&id.value).is_err()
        || matches!(
            id.value.as_str(),
            "value" | "true" | "false" | "none" | "in" | "and" | "or" | "not" | "is"
        )
    {
        report.error(id, "bad-id", format!("`{}` cannot be a {what} id", id.value)).help =
            Some("use lowercase letters, digits and `_`, starting with a letter, such as `q_5_1_a`; `value` and expression keywords are reserved".into());
    }
}

fn check_choices(questionnaire: &Questionnaire, question: &Question, report: &mut Report<'_>) {
    let kind = question.kind.value;
    let id = &question.id.value;
    if let Some(set) = &question.choice_set {
        if !questionnaire.choice_sets.contains_key(&set.value) {
            let hint = did_you_mean(set, questionnaire.choice_sets.keys().map(String::as_str));
            report
                .error(
                    set,
                    "undefined-choices",
                    format!("choice set `{}` is not defined", set.value),
                )
                .help = Some(format!(
                "{hint}choice sets are defined under `choice_sets:`"
            ));
        }
        if !question.choices.is_empty() {
            report
                .error(
                    set,
                    "undefined-choices",
                    format!("question `{id}` has both `choices` and `choice_set`"),
                )
                .help = Some("keep one of the two".into());
        }
    }
    if kind.has_choices() {
        if question.choice_set.is_none() && question.choices.is_empty() {
            if kind == QuestionKind::Compliance {
                if !questionnaire.choice_sets.contains_key("compliance") {
                    report.error(&question.kind, "undefined-choices", format!("compliance question `{id}` has no choices"))
                        .help = Some("define the choice set `compliance` (Yes / Yes, in part / No) under `choice_sets:`".into());
                }
            } else {
                report
                    .error(
                        &question.kind,
                        "undefined-choices",
                        format!("question `{id}` offers no choices"),
                    )
                    .help = Some("add `choices:` or `choice_set:`".into());
            }
        }
        report.unique("choice", question.choices.iter().map(|c| &c.value));
    } else if !question.choices.is_empty() || question.choice_set.is_some() {
        report
            .error(
                &question.kind,
                "unexpected-choices",
                format!("question `{id}` is not a choice question but lists choices"),
            )
            .help =
            Some("remove the choices, or make the kind `single-choice` or `multi-choice`".into());
    }
    if kind == QuestionKind::Table {
        if question.columns.is_empty() {
            report
                .error(
                    &question.kind,
                    "missing-columns",
                    format!("table question `{id}` has no columns"),
                )
                .help = Some("add `columns:`, each with an `id` and a `label`".into());
        }
        report.unique("column", question.columns.iter().map(|c| &c.id));
        for column in &question.columns {
            if let Some(set) = &column.choice_set {
                match questionnaire.choice_sets.get(&set.value) {
                    None => {
                        let hint =
                            did_you_mean(set, questionnaire.choice_sets.keys().map(String::as_str));
                        report
                            .error(
                                set,
                                "unknown-choice-set",
                                format!("there is no choice set `{}`", set.value),
                            )
                            .help = Some(format!(
                            "{hint}choice sets are defined under `choice_sets:`"
                        ));
                        continue;
                    }
                    // Loading copies the set into a column without choices of its own; a
                    // column that lists others too is ambiguous.
                    Some(shared)
                        if column.choices.len() != shared.len()
                            || column
                                .choices
                                .iter()
                                .zip(shared)
                                .any(|(a, b)| a.value.value != b.value.value) =>
                    {
                        report
                            .error(
                                set,
                                "ambiguous-choices",
                                format!(
                                    "column `{}` has both `choices` and `choice_set`",
                                    column.id.value
                                ),
                            )
                            .help = Some("keep one of them".into());
                    }
                    Some(_) => {}
                }
                if column.kind != ColumnKind::Choice {
                    report
                        .error(
                            set,
                            "unexpected-choices",
                            format!("column `{}` is not a choice column", column.id.value),
                        )
                        .help =
                        Some("add `kind: choice` to the column, or remove `choice_set`".into());
                }
            }
            if column.kind == ColumnKind::Choice && column.choices.is_empty() {
                report
                    .error(
                        &column.id,
                        "undefined-choices",
                        format!("choice column `{}` offers no choices", column.id.value),
                    )
                    .help = Some("add `choices:` or `choice_set:` to the column".into());
            }
        }
    } else if !question.columns.is_empty() {
        report
            .error(
                &question.kind,
                "unexpected-columns",
                format!("question `{id}` is not a table but lists columns"),
            )
            .help = Some("remove the columns, or make the kind `table`".into());
    }
}

/// The instruments a questionnaire assesses, as its checks resolve provision references: the
/// own one by bare ids, the others by their qualified ids (`untoc:12.1`).
struct Instruments<'a> {
    own: &'a Instrument,
    others: &'a [Instrument],
    /// The ids `also_assesses:` lists, read or not: a reference to one that could not be read
    /// is not reported again (its file is).
    listed: &'a [Located<String>],
}

impl Instruments<'_> {
    fn provision(&self, reference: &str) -> Option<&Provision> {
        self.provisions().find(|p| p.id.value == reference)
    }

    /// Every provision, the own instrument's first.
    fn provisions(&self) -> impl Iterator<Item = &Provision> {
        std::iter::once(self.own)
            .chain(self.others)
            .flat_map(|i| i.provisions().map(|(_, p)| p))
    }

    /// The located error for a reference that resolves to no provision: an instrument prefix
    /// the questionnaire does not list, or a provision its instrument does not define.
    fn unknown(&self, reference: &Located<String>, what: String, report: &mut Report<'_>) {
        let (prefix, _) = split_reference(&reference.value);
        let loaded = |id: &str| self.others.iter().any(|o| o.id.value == id);
        if let Some(prefix) = prefix
            && !loaded(prefix)
            && self.listed.iter().any(|l| l.value == prefix)
        {
            return;
        }
        if let Some(prefix) = prefix
            && !loaded(prefix)
        {
            let listed: Vec<String> = self
                .others
                .iter()
                .map(|o| format!("`{}`", o.id.value))
                .collect();
            report
                .error(
                    reference,
                    "unknown-instrument",
                    format!("{what} `{}`, but `{prefix}` is not an instrument the questionnaire assesses", reference.value),
                )
                .help = Some(if listed.is_empty() {
                format!("write a provision id of instrument.yaml as it is, with no prefix, or list `{prefix}` in `also_assesses:` with its file instruments/{prefix}.yaml")
            } else {
                format!("the instruments listed in `also_assesses:` are {}: correct the prefix, or list `{prefix}` there with its file instruments/{prefix}.yaml", listed.join(", "))
            });
            return;
        }
        let hint = did_you_mean(reference, self.provisions().map(|p| p.id.value.as_str()));
        let file = match prefix {
            Some(prefix) => format!("instruments/{prefix}.yaml"),
            None => "instrument.yaml".to_owned(),
        };
        report
            .error(
                reference,
                "unknown-provision",
                format!(
                    "{what} `{}`, which the instrument does not define",
                    reference.value
                ),
            )
            .help = Some(format!("{hint}provision ids are listed in {file}"));
    }
}

fn check_provisions(instrument: &Instruments<'_>, question: &Question, report: &mut Report<'_>) {
    let id = &question.id.value;
    if let Some(element) = &question.element {
        if question.provisions.is_empty() {
            report.error(element, "unknown-element", format!("question `{id}` names element `{}` but assesses no provision", element.value))
                .help = Some("add `provisions:` naming the provision the element belongs to, or remove `element:`".into());
        }
        for provision in question
            .provisions
            .iter()
            .filter_map(|p| instrument.provision(p))
        {
            if provision.element(element).is_none() {
                let hint = did_you_mean(
                    element,
                    provision.elements.iter().map(|e| e.id.value.as_str()),
                );
                report
                    .error(
                        element,
                        "unknown-element",
                        format!(
                            "provision `{}` has no element `{}`",
                            provision.id.value, element.value
                        ),
                    )
                    .help = Some(format!(
                    "{hint}elements are listed under the provision's `elements:` in instrument.yaml"
                ));
            }
        }
    }
    if let Some(cap) = &question.lowers_to
        && !cap.value.is_answered()
    {
        report
            .error(
                cap,
                "bad-lowers-to",
                format!("`lowers_to` of question `{id}` must be a status of implementation"),
            )
            .help = Some(
            "write how far the answer may lower the status, such as `partially-implemented`".into(),
        );
    }
    for rule in &question.verdict_rules {
        if let Some(provision) = &rule.provision
            && !question.provisions.contains(provision)
        {
            report.error(provision, "unknown-provision", format!("a verdict rule of question `{id}` is about provision `{}`, which the question does not assess", provision.value))
                .help = Some("name one of the question's `provisions:`, or remove `provision:` so the rule holds for all".into());
        }
    }
    for finding in &question.findings {
        for provision in &finding.provisions {
            if instrument.provision(provision).is_none() {
                instrument.unknown(
                    provision,
                    format!("a finding of question `{id}` bears on provision"),
                    report,
                );
            }
        }
    }
    for provision in &question.provisions {
        if instrument.provision(provision).is_none() {
            instrument.unknown(
                provision,
                format!("question `{id}` assesses provision"),
                report,
            );
        }
    }
}

/// Conditions may read only questions that exist and come earlier; constraints read `value` and
/// earlier questions. Cycles are reported as such, once each.
fn check_conditions(questionnaire: &Questionnaire, report: &mut Report<'_>) {
    let position: HashMap<&str, usize> = questionnaire
        .questions()
        .enumerate()
        .map(|(i, (_, q))| (q.id.value.as_str(), i))
        .collect();
    let all_ids = || position.keys().copied();

    // Every question a question's condition reads (to find cycles), and the forward references
    // among them (to report).
    let mut reads: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut forward: Vec<(&str, &str, &Located<String>)> = Vec::new();
    let id_at = |at: usize| {
        questionnaire
            .questions()
            .nth(at)
            .map(|(_, q)| q.id.value.as_str())
            .unwrap_or_default()
    };
    let mut index = 0;
    for section in &questionnaire.sections {
        let first = index;
        if let Some(when) = &section.when {
            for name in names_or_report(report, when, "condition") {
                match position.get(name.as_str()) {
                    None => unknown_name(report, when, &name, all_ids()),
                    Some(&at) if at >= first => {
                        // Section conditions reading their own questions form cycles through each question.
                        if at >= first + section.questions.len() {
                            later_name(report, when, &name);
                        } else {
                            report.error(when, "condition-cycle", format!("section `{}` is asked only if its own question `{name}` is answered", section.id.value))
                                .help = Some("a section's condition can read only questions of earlier sections".into());
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        for question in &section.questions {
            if let Some(when) = &question.when {
                let names = names_or_report(report, when, "condition");
                for name in names {
                    match position.get(name.as_str()) {
                        None => unknown_name(report, when, &name, all_ids()),
                        Some(&at) => {
                            let id = question.id.value.as_str();
                            reads.entry(id).or_default().push(id_at(at));
                            if at >= index {
                                forward.push((id, id_at(at), when));
                            }
                        }
                    }
                }
            }
            let expressions = question
                .constraints
                .iter()
                .map(|c| (&c.check, "constraint"))
                .chain(
                    question
                        .verdict_rules
                        .iter()
                        .map(|r| (&r.when, "verdict rule")),
                )
                .chain(question.findings.iter().map(|f| (&f.when, "finding")));
            for (expression, what) in expressions {
                for name in names_or_report(report, expression, what) {
                    if name == "value" {
                        continue;
                    }
                    match position.get(name.as_str()) {
                        None => unknown_name(report, expression, &name, all_ids().chain(["value"])),
                        Some(&at) if at >= index => later_name(report, expression, &name),
                        Some(_) => {}
                    }
                }
            }
            index += 1;
        }
    }

    // Forward references: a cycle if following conditions leads back, otherwise "comes later".
    let mut reported_cycles: HashSet<BTreeSet<&str>> = HashSet::new();
    for (id, target, when) in forward {
        match path(&reads, target, id) {
            Some(mut cycle) => {
                cycle.insert(0, id);
                let members: BTreeSet<&str> = cycle.iter().copied().collect();
                if reported_cycles.insert(members) {
                    report
                        .error(
                            when,
                            "condition-cycle",
                            format!("conditions form a cycle: {}", cycle.join(" → ")),
                        )
                        .help = Some(
                        "a condition can read only questions asked before it; break the cycle"
                            .into(),
                    );
                }
            }
            None => later_name(report, when, target),
        }
    }
}

/// A chain of conditions leading from `from` to `to`, if there is one.
fn path<'q>(
    reads: &HashMap<&'q str, Vec<&'q str>>,
    from: &'q str,
    to: &'q str,
) -> Option<Vec<&'q str>> {
    let mut stack = vec![(from, vec![from])];
    let mut seen = HashSet::new();
    while let Some((node, trail)) = stack.pop() {
        if node == to {
            return Some(trail);
        }
        if !seen.insert(node) {
            continue;
        }
        for &next in reads.get(node).into_iter().flatten() {
            let mut trail = trail.clone();
            trail.push(next);
            stack.push((next, trail));
        }
    }
    None
}

fn names_or_report(
    report: &mut Report<'_>,
    expression: &Located<String>,
    what: &str,
) -> BTreeSet<String> {
    // Refused before compiling: the compiler recurses once per level and would overflow.
    if let Some(why) = condition::too_complex(expression) {
        report
            .error(
                expression,
                "expression-too-complex",
                format!("this {what} is too complex to check: {why}"),
            )
            .help = Some(format!(
            "split it: ask a question whose answer stands for part of it, or write several \
             shorter conditions (at most {} characters and {} levels of brackets and operators)",
            condition::MAX_LENGTH,
            condition::MAX_DEPTH
        ));
        return BTreeSet::new();
    }
    match condition::names(expression) {
        Ok(names) => names,
        Err(message) => {
            report
                .error(
                    expression,
                    "bad-expression",
                    format!("this {what} is not a valid expression: {message}"),
                )
                .help = Some(
                "write an expression such as `q_5_1_a in [\"yes\", \"partly\"]` or `value >= 0`"
                    .into(),
            );
            BTreeSet::new()
        }
    }
}

fn unknown_name<'c>(
    report: &mut Report<'_>,
    at: &Located<String>,
    name: &str,
    ids: impl Iterator<Item = &'c str>,
) {
    let hint = did_you_mean(name, ids);
    report
        .error(
            at,
            "unknown-question",
            format!("`{name}` is not a question of this questionnaire"),
        )
        .help = Some(format!(
        "{hint}an expression can name only questions defined before it"
    ));
}

fn later_name(report: &mut Report<'_>, at: &Located<String>, name: &str) {
    report
        .error(
            at,
            "later-question",
            format!("`{name}` is asked later, so its answer is not known here"),
        )
        .help = Some(
        "an expression can read only questions asked before it; move the question or the condition"
            .into(),
    );
}

/// Every provision that binds a State that is bound by it — mandatory, qualified, "shall
/// consider" or conditional — must be assessed by a question that can give it a status on its
/// own ([`Questionnaire::decides`]): a provision assessed only by text questions, by answers on a
/// weaker element or by answers that can only lower a status would pass validation and then
/// vanish from every report. A provision with sub-paragraphs counts as assessed when each of
/// its sub-paragraphs is.
fn check_coverage(
    questionnaire: &Questionnaire,
    instrument: &Instruments<'_>,
    report: &mut Report<'_>,
) {
    let mut decided: HashSet<&str> = HashSet::new();
    // Per provision, the questions that name it, and where the first one does.
    let mut named: HashMap<&str, (&Located<String>, Vec<&str>)> = HashMap::new();
    for (_, question) in questionnaire.questions() {
        for id in &question.provisions {
            named
                .entry(id.value.as_str())
                .or_insert((id, Vec::new()))
                .1
                .push(question.id.value.as_str());
            // A choice question whose choices are undefined is reported as such; its
            // provisions are not reported a second time for it.
            let undefined =
                question.kind.value.has_choices() && questionnaire.choices_of(question).is_empty();
            if let Some(provision) = instrument.provision(&id.value)
                && (undefined || questionnaire.decides(question, provision))
            {
                decided.insert(provision.id.value.as_str());
            }
        }
    }
    let ids: Vec<&str> = instrument
        .provisions()
        .map(|p| p.id.value.as_str())
        .collect();
    for provision in instrument.provisions() {
        let force = provision.force.value;
        if !(force.is_obligation() || force == Force::Conditional)
            || covered(&provision.id, &decided, &ids)
        {
            continue;
        }
        let id = provision.id.value.as_str();
        let what = match force {
            Force::Mandatory => "mandatory",
            Force::Consider => "to be considered",
            Force::Conditional => "a conditional obligation",
            _ => "a qualified obligation",
        };
        let (at, code, message, help) = match named.get(id) {
            None => (
                &questionnaire.id,
                "uncovered-provision",
                format!("no question assesses provision `{id}`, which is {what}"),
                format!(
                    "add a question with `provisions: [\"{id}\"]` whose choices carry a `verdict:` (a compliance question does)"
                ),
            ),
            Some((at, questions)) => (
                *at,
                "no-status-for-provision",
                format!(
                    "provision `{id}`, which is {what}, is assessed only by questions that cannot give it a status ({}), so no report would show it",
                    questions
                        .iter()
                        .map(|q| format!("`{q}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                "give one of them choices with a `verdict:` or a `verdict_rules:` entry (and no `lowers_to:`, and no `element:` weaker than the provision), or add a compliance question for it".into(),
            ),
        };
        report.error(at, code, message).help = Some(help);
    }
}

fn covered(id: &str, assessed: &HashSet<&str>, ids: &[&str]) -> bool {
    if assessed.contains(id) {
        return true;
    }
    let prefix = format!("{id}.");
    let mut children = ids
        .iter()
        .filter(|c| c.starts_with(&prefix) && !c[prefix.len()..].contains('.'))
        .peekable();
    children.peek().is_some() && children.all(|c| covered(c, assessed, ids))
}

fn is_semver(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}
