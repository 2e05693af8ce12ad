# The words of the country templates, in English: the source every other language translates.
#
# The country report (templates/country.md.j2, `saq report`) restates one State's answers to the
# self-assessment questionnaire. Values written { $like_this } are put in by saq: State names,
# titles and answers come escaped, so a message may hold Markdown (**bold**, *emphasis*) of its
# own. A number ({ $count }, { $applicable }…) can choose a plural form:
# { $count -> [one] … *[other] … }. Headings are also link targets: a heading message is used for
# the heading and for the link to it in the contents, so both follow the language.
#
# Words the report shares with other reports (the label of each reported status, force, flag and
# disclosure) are in labels.ftl. A reported status restates the State's answers; it is never a
# finding of compliance nor a ranking of States.

## Title and opening lines.

# The report's title (a level-1 heading). $state: the State's name; $instrument: the title of
# the treaty the questionnaire assesses (e.g. "Firearms Protocol").
country-title = { $state }: implementation of the { $instrument }
# $title: the questionnaire's title.
country-intro = Gap analysis from the self-assessment questionnaire "{ $title }".

## The list of facts under the title: each label is printed in bold before its value.

country-label-state = State:
country-label-questionnaire = Questionnaire:
# $id: the questionnaire's identifier; $version: its version number (e.g. 2.0.0).
country-questionnaire-version = { $id }, version { $version }
country-label-review-cluster = Review cluster:
# When only one review cluster was asked. $id: the cluster's number (I, II…); $title: its name.
country-cluster-scope = { $id }. { $title }: only its provisions were asked and are reported
# Follows country-cluster-scope, after a space, when the clusters are not verified.
country-cluster-scope-unverified = (the assignment of articles to clusters is not verified)
country-label-status = Status:
country-status-submitted = submitted
country-status-draft = draft: the answers may still change
# Dates follow these three labels.
country-label-started = Started:
country-label-last-updated = Last updated:
country-label-submitted = Submitted:
country-label-review = Review:
# $cycle: the number of the review cycle. The phase of the review may follow, after a comma.
country-review-cycle = cycle { $cycle }
# $period: the period of the review, as the answers give it (e.g. 2025–2026).
country-review-period = period { $period }
country-label-source = Source:
country-label-disclosure = Disclosure:
# $disclosure: the disclosure level in lower case (from labels.ftl: "secretariat" or "public");
# $level: the same as a code, "secretariat" or "public", to choose the ending.
country-disclosure = { $disclosure }: the State may be named in the restricted comparative view{ $level ->
        [public] , and has agreed to publish its answers
       *[other] {""}
    }

# The paragraph under the facts, printed in italics. $state: the State's name.
country-disclaimer =
    This report describes the measures { $state } reported in its self-assessment. It is
    neither a ranking of States nor a finding of compliance: each reported status restates the
    State's own answers, to support the review's dialogue and technical assistance. Observations and
    suggestions are for the reviewing States to draw up.

## Headings of the report's parts (level 2), also the link texts of the contents: each link
## leads to the heading with the same words.

country-contents = Contents
country-summary = Summary
country-gaps = Gaps and possible measures
country-optional = Optional measures not adopted
country-scope = Scope of the measures
country-assistance = Technical assistance needs
country-law-practice = Law and practice
country-unanswered = Unanswered questions
country-not-applying = Answers to questions that do not apply
country-annex = Annex: measures cited

## The contents: the line before the links to each section of the questionnaire.

# $state: the State's name. The links to the sections follow on the next line.
country-said-by-section = What { $state } said, section by section:
# The text of the link to a section that covers one article. $article: its number.
country-article = Article { $article }

## Summary: coverage and answers.

country-label-coverage = Coverage:
# $applicable: the number of provisions that apply to the State.
country-coverage-all = every one of the { $applicable } provisions that apply has a reported status.
country-coverage-none =
    none of the { $applicable } provisions that apply has a reported status yet: the
    answers so far say nothing of implementation.
# $assessed: the provisions with a reported status; $applicable: those that apply;
# $remaining: those not assessed yet ($applicable − $assessed).
country-coverage-some =
    a reported status for { $assessed } of the { $applicable } provisions that
    apply; the other { $remaining } are not assessed yet, and nothing below says
    anything of them.
# $answered: questions answered; $applicable: questions that apply; $percent: the share answered.
country-questions-answered =
    { $answered } of { $applicable } applicable questions are answered
    ({ $percent } %).
# Follows country-questions-answered. $missing: required questions unanswered; $required: all
# required questions.
country-required-missing = { $missing } of { $required } required questions are still unanswered.

## Summary: the table of reported statuses (the other rows are the statuses of labels.ftl).

country-col-reported-status = Reported status
country-col-provisions = Provisions
country-row-considered = Considered ("shall consider" provisions)
country-row-not-considered = Not considered ("shall consider" provisions)
country-row-adopted = Adopted (optional or considered measures)
country-row-partially-adopted = Adopted in part (optional or considered measures)
country-row-not-adopted = Not adopted (optional measures, not a gap)

## Summary: the tables by article and by review cluster (level-3 headings, their introduction
## and their column headings).

country-by-article = By article
# The quoted words are the column headings country-col-assessed, country-col-implemented and
# country-col-not.
country-by-article-intro =
    "Assessed" counts the provisions that apply and have a reported status. "Implemented" counts
    optional and considered measures adopted too; "Not" counts obligations not implemented and
    measures not considered that had to be. Optional measures not adopted are no gap.
country-by-cluster = By review cluster
country-col-article = Article
country-col-cluster = Cluster
country-col-assessed = Assessed
country-col-implemented = Implemented
country-col-in-part = In part
country-col-not = Not
country-col-considered = Considered
country-col-optional-not-adopted = Optional, not adopted
country-col-not-applicable = Not applicable
# A cell of the "Assessed" column. $assessed: provisions with a reported status; $applicable:
# provisions that apply.
country-assessed-of = { $assessed } of { $applicable }
# A row for an article of another treaty the questionnaire also assesses. $instrument: that
# treaty's short title; $article: the article's number; $title: the article's title.
country-other-article = { $instrument }, article { $article }. { $title }
# Under the cluster table, in italics, when the placement of articles in clusters is not verified.
country-cluster-mapping-unverified = The assignment of articles to review clusters is not verified.
# $source: what the questionnaire says of the placement.
country-cluster-mapping-unverified-source = The assignment of articles to review clusters is not verified: { $source }.

## Summary: the provision matrix (a level-3 heading, its introduction and its table).

country-matrix = Provision matrix
# The quoted words are the column headings country-col-measures and country-col-examples.
country-matrix-intro =
    One row per provision with a reported status, in treaty order. "Measures" counts the measures
    cited (law on paper); "Examples" says whether examples of implementation were given (practice).
country-col-provision = Provision
country-col-obligation = Obligation
country-col-measures = Measures
country-col-examples = Examples
country-col-flags = Flags
# A reported status with the reason for it. $status: the status (labels.ftl); $reason: the
# reason, e.g. why a provision does not apply.
country-status-reason = { $status }: { $reason }
# The "Examples" column.
country-examples-yes = yes
country-examples-no = no
# In the "Flags" column, after the flags of labels.ftl.
country-flag-scope-finding = Scope finding
# A level-4 heading over the provisions of another treaty. $instrument: its title.
country-other-instrument = Provisions of the { $instrument }
# $instrument: its short title.
country-other-instrument-intro = The questionnaire also assesses these provisions of the { $instrument }.
# Bold, before the list of provisions not assessed yet. $count: how many.
country-label-not-assessed-count = Not assessed yet ({ $count }):

## Gaps and possible measures.

country-gaps-none-assessed = No provision is assessed yet, so no gap can be read from the answers.
# $assessed: provisions with a reported status; $applicable: provisions that apply;
# $remaining: those not assessed yet.
country-gaps-none-some-assessed =
    No gap among the provisions assessed ({ $assessed } of the { $applicable } that apply). The
    other { $remaining } are not assessed yet; this says nothing of them.
# $state: the State's name.
country-gaps-none = { $state } reports no obligation as not or partially implemented.
country-gaps-intro =
    Obligations reported not or partially implemented, and provisions the State was to consider and
    reports it did not: mandatory obligations first, then qualified obligations, conditional
    provisions and obligations to consider. The possible measures are material for the review's
    dialogue, not findings.
# Follows country-gaps-intro. $remaining: provisions not assessed yet; $applicable: provisions
# that apply.
country-gaps-not-assessed = { $remaining } of the { $applicable } provisions that apply are not assessed yet.
# The heading of a provision (level 3), here and under each section. $provision: the provision
# (e.g. "Article 8(2)"); $status: its reported status in lower case; $force: its force in lower
# case (e.g. "mandatory", "qualified obligation").
country-provision-heading = { $provision }: { $status } ({ $force })
# A part of the provision with a force of its own (a list item). $text: the treaty's words for
# that part; $force: its force in lower case.
country-element = *Element with a force of its own:* "{ $text }": { $force }
# After an answer (in italics): the answer bears on a part of the provision with a weaker force.
country-evidence-informs = This answer concerns a part of the provision with a weaker force; it is shown but does not change the reported status.
# After an answer (in italics). $status: the lowest status it can lead to, in lower case.
country-evidence-lowers = This answer can lower the reported status at most to "{ $status }", and does not decide it alone.
# Bold labels before the State's own text.
country-label-steps = Steps planned:
country-label-possible-measures = Possible measures (for the dialogue):
# $state: the State's name; $article: the article's number; $link: the link to the section
# of the report on that article.
country-gap-said = Everything { $state } said on article { $article }: { $link }.

## Optional measures not adopted.

# $instrument: the treaty's title; $state: the State's name.
country-optional-intro =
    Provisions the { $instrument } leaves to each State ("may", "are encouraged", or
    illustrative measures of a system to consider), which { $state } reports it has not
    adopted, or adopted in part. They are not gaps.
# A level-3 heading. $provision: the provision; $status: its reported status in lower case.
country-optional-heading = { $provision }: { $status }

## Scope of the measures.

# $instrument: the treaty's title.
country-scope-none = No answer on definitions or scope implies a narrowing of the { $instrument }'s terms.
country-scope-intro =
    What the answers on definitions and scope imply for the reach of the measures reported: where a
    domestic definition or offence is narrower than the treaty's, the measures reported under the
    provisions named may not reach everything the treaty covers.
# Before the list of provisions a finding bears on.
country-label-bears-on = Bears on:

## Technical assistance needs.

# $state: the State's name.
country-assistance-none = { $state } requests no technical assistance in its answers.
country-col-assistance-kind = Kind of assistance
country-col-requested-for = Requested for articles
# A level-3 heading. $article: the article's number; $title: its title.
country-article-heading = Article { $article }. { $title }
# Bold labels before the State's own text.
country-label-kinds = Kinds:
country-kinds-not-specified = not specified
country-label-details = Details:
country-label-already-received = Already received:
# A level-3 heading, over a table (its first column is country-col-article).
country-assistance-received = Assistance received where none is requested
country-col-assistance-received = Assistance already received

## Law and practice.

country-law-practice-none =
    Every provision reported implemented is supported by measures cited and examples of
    implementation, where the questionnaire asked for them.
country-law-practice-intro =
    Provisions reported implemented, fully or in part, for which the answers cite no measure (law on
    paper) or give no example of implementation (practice), where the questionnaire asked for them.

## What the State said, section by section (each section's heading is its title).

# In italics. $instrument: the treaty's title.
country-section-not-obligation =
    These questions are not obligations under the { $instrument }: the answers
    inform the review.
# $reason: why the section does not apply, from the questionnaire.
country-section-does-not-apply = Does not apply: { $reason }
# Labels printed in italics before a text.
country-label-qualifier = Qualifier:
country-label-applies = Applies:
country-label-not-applicable = Not applicable:
country-label-unknown = Unknown:
country-label-scope = Scope:
country-label-flag = Flag:
country-label-not-assessed = Not assessed yet:
# A level-3 heading over the answers on the article as a whole.
country-whole-article = For the whole article
country-no-answer = No answer yet.

## Unanswered questions.

country-unanswered-none = Every applicable question is answered.
# $count: the questions with no answer.
country-unanswered-count = { $count } applicable questions have no answer yet.
# $count: the questions with no answer; $required: how many of them a submission requires.
country-unanswered-count-required = { $count } applicable questions have no answer yet, { $required } of them required for submission.
# After a question's identifier, in parentheses.
country-required = required

## Answers to questions that do not apply.

country-not-applying-intro =
    These answers were given to questions that do not apply with the other answers given, so they
    count in no status above. They are kept here so that nothing the State wrote is lost.
# In italics after such an answer. $reason: why it is not counted.
country-not-counted = Not counted: { $reason }.

## Annex: measures cited.

country-annex-none = No measures are cited.
country-col-measure = Measure
country-col-article-or-section = Article or section
country-col-cited-for = Cited for

## The language the State wrote its answers in (header list).
country-label-answers-language = Language of the answers:
country-answers-as-written = { $language }: the answers are shown as written
