# The words of the views templates, in English: the source every other language translates.
#
# Messages may hold Markdown (emphasis, a link, a quotation block); the values given to them are
# escaped for Markdown by saq. A message's line breaks are kept as they are; where a message
# continues a list item, the template indents its lines, so write them without indentation.
# `{"{"}` writes a brace, `{" "}` a space Fluent would otherwise trim. Selectors on a number
# (`$count ->`) choose by the language's plural rules; those on "yes"/"no" or a word are set by
# the template.

## comparative.md.j2: the comparative view over many States. It names no State and ranks none.

# The title; $instrument is the instrument's title.
comparative-title = Comparative view: implementation of the { $instrument }
# $title and $version are the questionnaire's.
comparative-questionnaire =
    Answers to the self-assessment questionnaire "{ $title }" (version
    { $version }).
comparative-disclaimer = *This comparative view describes the measures States reported in their self-assessments. It
    names no State and does not rank States; it is not a finding of compliance. Counts describe
    provisions: how many States report each one implemented, partly, not, or not applicable. An
    optional measure a State has not adopted is no gap.*
# Below a table, when drafts are counted; $count is the number of draft answer sets counted.
comparative-drafts-note = *Includes { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    }: a draft is not
    what the State's focal point cleared.*

# The section "What this view covers", a list.
comparative-covers = What this view covers
# $counted: answer sets counted; $reported: answer sets reported; $all_counted is "yes" when every
# answer set reported is counted; $states: States they come from; $one_per_state is "yes" when
# each State has one answer set counted.
comparative-covers-counted = **Answer sets counted:** { $counted }{ $all_counted ->
        [yes] {""}
       *[no] {" "}of the { $reported } reported
    }{ $one_per_state ->
        [yes] {""}
       *[no] , from { $states ->
            [one] { $states } State
           *[other] { $states } States
        } (a State with two answer sets, such as two review cycles, is counted twice)
    }.
# $count: draft answer sets left out.
comparative-covers-left-out = **Left out:** { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    }. Drafts are
    counted only on request (`saq report --include-drafts`): a draft is not what the State's focal
    point cleared.
# $count: draft answer sets counted.
comparative-covers-drafts = **Drafts:** the counts include { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    }.
# $cycles: the review cycles, each made of comparative-cycle, separated by semicolons.
comparative-covers-cycles = **Review cycles:** { $cycles }.
# One review cycle: $cycle is its name (with its phase and period), $count its answer sets.
comparative-cycle = { $cycle } ({ $count ->
        [one] { $count } answer set
       *[other] { $count } answer sets
    })
# After a cycle's name and phase; $period is the reporting period.
comparative-cycle-period = period { $period }
# An answer set that names no review cycle.
comparative-cycle-not-stated = not stated
# $with_source: answer sets that say where their answers come from; $counted: answer sets counted.
comparative-covers-sources = **Sources:** { $with_source ->
        [0] no answer set counted says where its answers come from.
        [one] { $with_source } of the { $counted } answer sets says
            where its answers come from; each one's country
            report names its source.
       *[other] { $with_source } of the { $counted } answer sets say where their answers come from; each one's country
            report names its source.
    }
# $restricted, $secretariat, $public: how many answer sets counted have each disclosure.
comparative-covers-no-state-named = **No State is named.** Disclosure of the answer sets counted: { $restricted }
    restricted, { $secretariat } secretariat, { $public } public. The
    provision × State matrix of the States whose answer sets allow it (secretariat or public) is a
    separate view, for the review's participants and the secretariat only (`saq report --named`).
# A quotation block, when fewer than three answer sets are counted.
comparative-few-answer-sets =
    > **With fewer than three answer sets counted, these counts can reveal what one State reported.**
    > Share this view only as you would the States' own answers.
comparative-nothing-counted = No answer set is counted, so there is nothing to compare.

# The column headings of the tables of counts.
comparative-col-provision = Provision
comparative-col-obligation = Obligation
comparative-col-assessed = Assessed
comparative-col-implemented = Implemented
comparative-col-in-part = In part
comparative-col-not = Not
comparative-col-considered = Considered
comparative-col-not-adopted = Optional, not adopted
comparative-col-not-applicable = Not applicable
comparative-col-not-assessed = Not assessed
comparative-col-article = Article

# The section "Provisions across States"; $counted: answer sets counted.
comparative-provisions = Provisions across States
comparative-provisions-intro =
    "{ comparative-col-assessed }" counts the States that gave the provision a status (not applicable included), of the
    { $counted } counted. "{ comparative-col-implemented }" counts optional and considered measures adopted too; "{ comparative-col-not }"
    counts obligations not implemented and measures not considered that had to be.
# A cell: $assessed of the $counted States gave the provision a status.
comparative-assessed-of = { $assessed } of { $counted }

# The section "By article".
comparative-by-article = By article
comparative-by-article-intro = Counts over the States counted and each article's provisions.
# An article of the questionnaire's own instrument: $article is its number, $title its title.
comparative-article = { $article }. { $title }
# An article of another instrument the questionnaire assesses: $instrument is its short title.
comparative-article-other = { $instrument }, article { $article }. { $title }

# The section "Where gaps cluster".
comparative-gaps = Where gaps cluster
comparative-gaps-none =
    No State counted reports an obligation not or partially implemented, among the provisions each
    assessed.
comparative-gaps-intro =
    Obligations that States report not or partially implemented (or, for a "shall consider"
    provision, not considered): mandatory obligations first, then qualified, conditional and "shall
    consider" ones, each the most often reported first. Each provision's gaps are counted
    among the States that assessed it: a State that has not answered on a provision reports no gap
    there, and no implementation either.
comparative-col-states-with-gap = States reporting a gap
comparative-col-not-implemented = Not implemented or not considered
comparative-col-partially = Partially
# A cell: $gap States report a gap, of the $assessed that assessed the provision.
comparative-gap-states = { $gap } among the { $assessed } { $assessed ->
        [one] State
       *[other] States
    } that assessed it

# The section "Technical assistance demand"; $counted: answer sets counted.
comparative-assistance = Technical assistance demand
comparative-assistance-none = No State counted requests technical assistance in its answers.
comparative-assistance-intro =
    How many of the { $counted } States counted request each kind of assistance, and for which
    articles.
comparative-col-kind = Kind of assistance
comparative-col-states-requesting = States requesting it
comparative-col-articles-states = Articles (States)
comparative-col-states-requesting-assistance = States requesting assistance
comparative-col-kinds-states = Kinds (States)

## comparative-named.md.j2: the named view, restricted. States appear in alphabetical order and
## are never ranked.

# The marking at the top and bottom of the view (in bold), and of its HTML page.
named-restricted = Restricted: for the review's participants and the secretariat.
# $instrument is the instrument's title.
named-title = Named comparative view: implementation of the { $instrument }
# A quotation block below the title.
named-notice =
    > **{ named-restricted }** This view names the States
    > whose answer sets allow it (`disclosure: secretariat` or `public`), with the status each
    > reports for each provision. Do not pass it on. The comparative view beside it gives the same
    > counts without naming any State.
# $title and $version are the questionnaire's.
named-questionnaire =
    Answers to the self-assessment questionnaire "{ $title }" (version
    { $version }).
# A State whose answer set is a draft; $state is its name.
named-state-draft = { $state } ({ named-draft })
# After a review cycle and phase; $period is the reporting period.
named-review-period = (period { $period })
# Below a table; $count: draft answer sets among the States named.
named-drafts-note = *Includes { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    }, marked "({ named-draft })".*
# The word marking a draft, as in named-state-draft.
named-draft = draft
# A list; $count: States named.
named-count = **Named:** { $count ->
        [0] { $count } States
        [one] { $count } State, in alphabetical order
       *[other] { $count } States, in alphabetical order
    }.
# $count: States not named because their answers are restricted.
named-not-named = **Not named:** { $count ->
        [one] { $count } State is not named: its answers are restricted.
       *[other] { $count } States are not named: their answers are restricted.
    }
# $count: draft answer sets among the States named.
named-drafts = **Drafts:** the view includes { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    }, marked "({ named-draft })".
# $count: draft answer sets left out.
named-left-out = **Left out:** { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    } (counted only with
    `saq report --include-drafts`).
named-disclaimer = *States are listed in alphabetical order; the view does not rank States and is not a finding of
    compliance. Each status restates what the State reported in its self-assessment.*
named-pages = Pages
named-pages-intro = The States named are shown { $size } to a page, in alphabetical order:
named-page = States { $first } to { $last }: { $from } to { $to }
named-no-matrix = No answer set counted allows its State to be named, so there is no matrix to show.
# The section "States named" and its table's column headings.
named-states = States named
named-col-state = State
named-col-code = Code
named-col-review = Review
named-col-source = Source
named-col-status = Status
named-col-disclosure = Disclosure
named-col-answered = Answered
# The section of the matrix; its legend explains the short labels of labels.ftl.
named-matrix = The provision × State matrix
named-matrix-legend =
    { verdict-short-implemented }: implemented; { verdict-short-partially-implemented }: partially implemented; { verdict-short-not-implemented }: not implemented; { verdict-short-considered }: considered; { verdict-short-not-considered }:
    not considered; { verdict-short-adopted }, { verdict-short-partially-adopted }, { verdict-short-not-adopted }: an optional or considered measure adopted, adopted in
    part, not adopted (no gap); { verdict-short-not-applicable }: not applicable; { verdict-short-not-assessed }: not assessed. States in alphabetical order.
# The heading of each part of the matrix: $first and $last are article numbers.
named-group-one = Article { $first }
named-group-two = Articles { $first } and { $last }
named-group-range = Articles { $first } to { $last }

## index.md.j2: the index of a batch of country reports, for the secretariat. States appear in
## alphabetical order and are never ranked.

# $instrument is the instrument's title.
index-title = Country reports: { $instrument }
# $title and $version are the questionnaire's.
index-questionnaire = Self-assessment questionnaire "{ $title }", version { $version }.
# $href: the comparative view's file; $count: answer sets it counts.
index-comparative = [The comparative view across States]({ $href }) counts
    { $count ->
        [one] { $count } answer set
       *[other] { $count } answer sets
    } and names no State.
# $href: the named view's file.
index-named = [The named view]({ $href }) (restricted: for the review's
    participants and the secretariat) names the States whose answer sets allow it.
index-disclaimer = *For the secretariat: this index lists every answer set reported, by name, whatever its
    disclosure. States are listed in alphabetical order. The reports describe the measures each
    State reported and are neither a ranking nor a finding of compliance.*
# The table's column headings.
index-col-state = State
index-col-code = Code
index-col-review = Review
index-col-source = Source
index-col-status = Status
index-col-disclosure = Disclosure
index-col-answered = Answered
index-col-comparative = Comparative view
# After a review cycle and phase; $period is the reporting period.
index-review-period = (period { $period })
# The column "Comparative view": what the views do with each answer set.
index-in-view-left-out = left out: draft
index-in-view-named = counted; named
index-in-view-not-named = counted; not named (restricted)
index-in-view-counted = counted
# The notes below the table, a list; $count: draft answer sets.
index-note-left-out = The comparative view leaves out { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    }
    (marked "{ index-in-view-left-out }"): a draft is not what the State's focal point cleared. `saq report
    --include-drafts` counts drafts.
index-note-drafts-counted = The comparative view includes { $count ->
        [one] { $count } draft answer set
       *[other] { $count } draft answer sets
    }, at
    the secretariat's request (`--include-drafts`).
index-note-named =
    The named view names only the States whose answer sets say `disclosure: secretariat` or
    `public`; a restricted State (the default) is counted, never named.
# The answer sets that got no report; their problems follow, as saq states them.
index-failures = Answer sets without a report
index-failures-intro = These files have problems; fix them and run the batch again.

## diff.md.j2: what changed for one State between two answer sets. Neither a ranking nor a finding
## of compliance.

# $state: the State's name (of the later answers); $instrument: the instrument's title.
diff-title = { $state }: what changed in the implementation of the { $instrument }
# $title: the questionnaire's title.
diff-questionnaire = Comparison of two answer sets to the self-assessment questionnaire "{ $title }".
# Quotation blocks: $old and $new are the two States (name and code).
diff-warning-different-states =
    > **Warning:** the two answer sets name different States, { $old } and { $new }.
    > The changes below compare two States' answers, not one State's progress.
# $old and $new are the two questionnaire versions.
diff-warning-different-versions =
    > **Warning:** the two answer sets answer different versions of the questionnaire, { $old } and
    > { $new }. A change below may come from a changed question rather than a changed answer.
# The table comparing the two answer sets: column headings, then the first cell of each row.
diff-col-earlier = Earlier answers
diff-col-later = Later answers
diff-row-state = State
diff-row-questionnaire = Questionnaire
diff-row-status = Status
diff-row-review = Review cycle
diff-row-period = Reporting period
diff-row-source = Source
diff-row-disclosure = Disclosure
diff-row-started = Started
diff-row-updated = Last updated
diff-row-submitted = Submitted
diff-row-answered = Applicable questions answered
# A cell: $id and $version of the questionnaire.
diff-questionnaire-version = { $id }, version { $version }
# A cell: $answered of the $applicable questions that apply, $percent per cent.
diff-answered = { $answered } of { $applicable } ({ $percent } %)
# Below the table, when both answer sets are one State's; $state is its name.
diff-disclaimer-one-state = *This comparison describes the measures { $state } reported in two of its self-assessments.
    It is neither a ranking of States nor a finding of compliance: reported statuses restate
    the State's own answers, to support the review's
    dialogue and technical assistance. The share of questions answered measures how far the
    questionnaire is filled in, not implementation.*
# The same when they name two States; $old and $new are their names.
diff-disclaimer-two-states = *This comparison describes the measures { $old } and { $new } reported in their self-assessments.
    It is neither a ranking of States nor a finding of compliance: reported statuses restate
    the States' own answers, to support the review's
    dialogue and technical assistance. The share of questions answered measures how far the
    questionnaire is filled in, not implementation.*

# The section "Summary".
diff-summary = Summary
diff-no-change =
    No change: the two answer sets give the same status for every provision, cite the same measures
    and make the same requests for technical assistance.
diff-col-change = Change
diff-col-count = Count
diff-summary-improved = Provisions whose reported status improved
diff-summary-regressed = Provisions whose reported status regressed
diff-summary-changed = Provisions whose reported status changed to or from not applicable or not assessed
diff-summary-unchanged = Provisions whose reported status is unchanged
diff-summary-measures = Provisions with measures newly cited or no longer cited
diff-summary-opened = Technical assistance requests opened
diff-summary-closed = Technical assistance requests closed

# The section "Reported statuses", and the column headings of its tables.
diff-statuses = Reported statuses
diff-statuses-none = No provision's reported status changed.
diff-statuses-intro =
    Provisions whose reported status changed, in treaty order. "Improved" and "regressed" read on the
    scale none, considered, in part, in full (not implemented, partially implemented, implemented; or
    not considered, considered, adopted); a move to or from not applicable or not assessed is neither.
diff-improved = Improved
diff-regressed = Regressed
diff-changed = Changed to or from not applicable or not assessed
diff-col-provision = Provision
diff-col-obligation = Obligation
diff-col-before = Before
diff-col-after = After

# The section "Measures cited".
diff-measures = Measures cited
diff-measures-none = The two answer sets cite the same measures.
diff-measures-intro = Provisions for which measures were newly cited or are no longer cited, in treaty order.
diff-col-newly-cited = Newly cited
diff-col-no-longer-cited = No longer cited

# The section "Technical assistance".
diff-assistance = Technical assistance
diff-assistance-none = No request for technical assistance was opened or closed.
diff-requests-opened = Requests opened
diff-requests-opened-intro = Kinds of assistance the later answers request and the earlier ones did not.
diff-requests-closed = Requests closed
diff-requests-closed-intro = Kinds of assistance the earlier answers requested and the later ones no longer request.
# A request's article, in bold before its kinds: $article is its number, $title its title.
diff-request-article = Article { $article }. { $title }:
# A request that names no kind of assistance.
diff-kind-not-specified = kind not specified
# Before the need a State describes, in a request opened and in one closed.
diff-need-described = Need described
diff-need-described-earlier = Need as described earlier

## labels.j2: the words of the inline SVG charts of the comparative and named views. The words
## in braces ({"{"}article{"}"} and so on) are filled in by saq: keep them as they are.

# The legend label of each group of statuses (in lower case in the tooltips).
chart-group-implemented = Implemented or adopted
chart-group-in-part = In part
chart-group-considered = Considered
chart-group-not-implemented = Not implemented or not considered
chart-group-not-adopted = Optional, not adopted
chart-group-not-applicable = Not applicable
chart-group-not-assessed = Not assessed
# The bars per article: the title, and a bar's tooltip (article number, count, status).
chart-per-article-title = Reported status per article, over the States counted
chart-per-article-bar = Article {"{"}article{"}"}: {"{"}count{"}"} {"{"}status{"}"}
# The heat map of the named view: the title, a draft State's row label, a cell's tooltip.
chart-heat-map-title = Provision × State matrix (restricted)
chart-heat-map-draft = {"{"}state{"}"} (draft)
chart-heat-map-cell = {"{"}state{"}"}: article {"{"}provision{"}"}: {"{"}status{"}"}

## page.html.j2: the HTML page around a report.

# The heading of the charts.
page-charts = Charts
# The marking printed at the top of every page of the named view, in CSS: no double quotes.
page-restricted-marking = Restricted: for the review's participants and the secretariat
