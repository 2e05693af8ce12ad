# The words of the review templates, in English: the source every other language translates.

## review.md.j2: the report of one country review (written feedback, list of observations,
## summary). Values in { $… } are escaped for Markdown by `t`; the **bold** and *emphasis* are
## the messages' own.

# The title (# heading) and the paragraph under it. $state: the name of the State under review;
# $instrument: the short title of the instrument reviewed.
review-title = { $state }: review of the implementation of the { $instrument }
review-intro =
    Report of the country review: the written feedback of the reviewing States with the replies of
    { $state }, the list of observations and its summary.

# The list of facts under the title. $state: the State under review's name, with its code in
# parentheses when it has one.
review-state-under-review = **State under review:** { $state }
# Followed by one line per reviewing State below it, or by review-reviewing-states-none.
review-reviewing-states = **Reviewing States:**
review-reviewing-states-none = none listed yet
# One reviewing State: $state its name (and code), $reviewer its letter or id in the review,
# $experts its governmental experts, joined with review-list-separator.
review-reviewer = { $state }, reviewer { $reviewer }
review-reviewer-experts = { $state }, reviewer { $reviewer }; governmental experts: { $experts }
# What goes between the names of a list (the experts).
review-list-separator = {", "}
# $title, $id and $version: the questionnaire's.
review-questionnaire = **Questionnaire:** "{ $title }" ({ $id }, version { $version })
# $cluster: the id of the review cluster the questionnaire covers (a roman numeral); $title its
# title.
review-cluster-of-questionnaire = **Review cluster:** { $cluster }. { $title }
# The answer set reviewed: $file its file, $date the day it was submitted, $digest its digest
# (sha256:…). One message per status of the answers: submitted (with or without a date), a
# draft, none recorded.
review-answers-submitted-on = **Answers reviewed:** { $file }, submitted { $date }; digest { $digest }
review-answers-submitted = **Answers reviewed:** { $file }, submitted; digest { $digest }
review-answers-draft = **Answers reviewed:** { $file }, a draft; digest { $digest }
review-answers = **Answers reviewed:** { $file }; digest { $digest }
# $cycle: the review cycle, as the review file names it (a year, say).
review-cycle = **Review cycle:** { $cycle }
# The status of the review.
review-status-is-final = **Status:** final: the list of observations and its summary are agreed
review-status-is-draft = **Status:** draft: the review is under way and its text may still change
# What remains open. $drafts: entries saq drafted that no reviewer has taken on yet;
# $unanswered: questions without a reply; $disputed: observations the State disputes.
review-open = **Open:** { $drafts ->
        [one] { $drafts } draft entry
       *[other] { $drafts } draft entries
    }, { $unanswered ->
        [one] { $unanswered } question
       *[other] { $unanswered } questions
    } without a reply, { $disputed ->
        [one] { $disputed } observation
       *[other] { $disputed } observations
    } disputed
# In emphasis, when saq drafted entries. $drafts: how many (one or more); $state: the State
# under review. "Draft" is the mark of review-observation-draft.
review-caveat =
    Caveat: { $drafts ->
        [one] { $drafts } entry of this review was
       *[other] { $drafts } entries of this review were
    }
    drafted by saq from the answers of { $state } and { $drafts ->
        [one] is
       *[other] are
    } marked "Draft" below. A draft restates
    or quotes the answers; it is not the reviewing States' words until a reviewer takes it on.
# In emphasis, on every report. $state: the State under review.
review-disclaimer =
    This report records a peer review's dialogue and observations, drawn from the self-assessment of
    { $state } and the dialogue. It is neither a ranking of States nor a finding of
    compliance.

# The section "Written feedback": a ### heading per reviewing State, a #### heading per
# provision (its reference and title), then its questions and the replies.
review-written-feedback = Written feedback
# $name: the reviewing State's name; $reviewer: its letter or id in the review.
review-feedback-from = From { $name } (reviewer { $reviewer })
# In emphasis under a provision's heading, and in parentheses in an observation. $status: the
# status the State reported for the provision (a verdict label of labels.ftl, in lower case).
review-reported-status-sentence = Reported status: { $status }.
review-reported-status = reported status: { $status }
# One question. $question: its text; $date: the day it was sent; $reviewer: the name of the
# reviewing State a draft question is meant for (saq drafted it from the answers).
review-question = **Question**: { $question }
review-question-sent = **Question** (sent { $date }): { $question }
review-question-draft = **Draft question, not yet the words of { $reviewer }**: { $question }
review-question-draft-sent = **Draft question, not yet the words of { $reviewer }** (sent { $date }): { $question }
# The reply under a question. $state: the State under review; $date: the day of the reply;
# $reply: its text.
review-reply = **Reply of { $state }**: { $reply }
review-reply-dated = **Reply of { $state }** ({ $date }): { $reply }
# In emphasis, under a question without a reply.
review-no-reply = No reply yet.
# In emphasis. $reviewer: the name of a reviewing State that asked nothing yet.
review-no-questions = No questions from { $reviewer } yet.
# In emphasis, when the review lists no reviewing State.
review-no-reviewers = No reviewing State is listed yet.

# The section "List of observations": a ### heading per review cluster, a ### or #### heading
# per article, and under it the observations of each kind.
review-list-of-observations = List of observations
# In emphasis, when the instrument's assignment of articles to clusters is unverified.
review-clusters-not-verified =
    Observations are grouped by the instrument's review clusters; the assignment of articles to
    clusters is not verified.
# $cluster: the cluster's id (a roman numeral); $title: its title.
review-cluster = Cluster { $cluster }: { $title }
# The heading of the articles outside every cluster.
review-no-cluster = Articles in no cluster
# The heading of an article (its title follows after ": "). $article: its number; $instrument:
# the short title of the instrument, when it is not the one reviewed.
review-article = Article { $article }
review-article-of = { $instrument }, article { $article }
# In emphasis, above the observations of each kind.
review-good-practices = Successes and good practices:
review-challenges = Challenges and issues:
review-suggestions = Suggestions:
review-assistance-needs = Technical assistance needs:
# Before the reference of an observation saq drafted from the answers.
review-observation-draft = **Draft, not yet the reviewers' words:**
# The line under an observation: who proposed it ($by: review-observation-drafted,
# review-observation-no-proposer or one of review-proposed-by-…) and whether the State under
# review ($state) agrees, disputes it, or has not said yet.
review-observation-agreed = *{ $by }; { $state } agrees.*
review-observation-disputed = *{ $by };* **Disputed by { $state }.**
review-observation-pending = *{ $by }; agreement of { $state } pending.*
review-observation-drafted = Drafted by saq from the answers
review-observation-no-proposer = Proposer not recorded
# $name: the reviewing State's name; $reviewer: its letter or id in the review.
review-proposed-by-reviewer-named = Proposed by { $name } (reviewer { $reviewer })
review-proposed-by-reviewer = Proposed by reviewer { $reviewer }
review-proposed-by-state = Proposed by the State under review
review-proposed-by-secretariat = Proposed by the secretariat
# In emphasis, when there is no observation.
review-no-observations = No observations yet.

# The section "Summary": the summary's paragraphs, as the review file has them.
review-summary = Summary
# In emphasis, under the summary of a review still in draft.
review-summary-not-agreed = The review is a draft: this summary is not agreed yet.
# In emphasis, in place of a summary.
review-summary-not-drafted = Not drafted yet.

## Shared by review-overview.md.j2 and review-diff.md.j2: the status of a review.
review-status-draft = draft
review-status-final = final

## review-overview.md.j2: the secretariat's overview of many country reviews.

# The title (# heading).
review-overview-title = Country reviews: overview for the secretariat
# The paragraph under it. $reviews: how many reviews are reported; $draft and $final: how many
# of them are drafts and final.
review-overview-reviews =
    { $reviews ->
        [one] { $reviews } review is
       *[other] { $reviews } reviews are
    } reported here:
    { $draft } draft, { $final } final.
# Follows review-overview-reviews on its line when review files failed. $failures: how many.
review-overview-failures =
    { $failures ->
        [one] { $failures } review file has
       *[other] { $failures } review files have
    } problems and got no report (listed at the end).
# What is open over all reviews. $drafts: entries saq drafted that no reviewer took on yet;
# $unanswered: questions without a reply; $disputed: observations disputed.
review-overview-open =
    Over all reviews: { $drafts ->
        [one] { $drafts } draft entry
       *[other] { $drafts } draft entries
    } not yet taken on by a
    reviewer, { $unanswered ->
        [one] { $unanswered } question
       *[other] { $unanswered } questions
    } without a reply,
    { $disputed ->
        [one] { $disputed } observation
       *[other] { $disputed } observations
    } disputed by the State under review.
# In emphasis, under the paragraph above.
review-overview-disclaimer =
    For the secretariat. This overview counts provisions, never States: how many reviews identify a
    challenge at each provision, and the technical assistance needs they identify, by kind and
    article, in treaty order. It is not a ranking of States, and it names States only in the list of
    reviews below. Drafts saq made from the answers are not the reviewers' words: they are counted
    apart.

# The section "Reviews": the table of reviews, one row per State (its status is
# review-status-draft or review-status-final).
review-overview-reviews-heading = Reviews
review-overview-alphabetical = States in alphabetical order.
# The columns of the table of reviews.
review-overview-column-state = State under review
review-overview-column-questionnaire = Questionnaire
review-overview-column-cycle = Cycle
review-overview-column-status = Status
review-overview-column-drafts = Draft entries
review-overview-column-unanswered = Unanswered questions
review-overview-column-disputed = Disputed observations

# A section (## heading) per questionnaire: the instrument's short title ($instrument), and the
# id of the review cluster it covers ($cluster) when it covers one.
review-overview-instrument-cluster = { $instrument }, cluster { $cluster }
# The paragraph under it. $title and $version: the questionnaire's; $reviews: how many reviews
# use it.
review-overview-questionnaire =
    Questionnaire "{ $title }", version { $version }:
    { $reviews ->
        [one] { $reviews } review
       *[other] { $reviews } reviews
    }.
# The table of challenges (### heading, columns, the line in emphasis when there is none).
review-overview-challenges = Challenges per provision
review-overview-column-provision = Provision
review-overview-column-challenge = Reviews identifying a challenge
review-overview-column-challenge-disputed = Of which disputed
review-overview-column-draft-only = Reviews with a draft only
review-overview-no-challenges = No review identifies a challenge yet.
# The table of technical assistance needs (### heading, columns, the cell of an article with its
# number $article, the line in emphasis when there is none). The column "Reviews with a draft
# only" is review-overview-column-draft-only.
review-overview-assistance = Technical assistance needs
review-overview-column-kind = Kind
review-overview-column-article = Article
review-overview-column-provisions = Provisions
review-overview-column-assistance = Reviews identifying it
review-overview-article = Article { $article }
review-overview-no-assistance = No review identifies a technical assistance need yet.

# The section of the review files that have problems, listed with their messages.
review-overview-failures-heading = Review files without a report
review-overview-failures-intro = These files have problems; fix them and run the report again.

## review-diff.md.j2: what changed between two versions of one country review.

# The title (# heading). $state: the State under review.
review-diff-title = { $state }: what changed in the review
# The line under it. $old and $new: the files of the two versions; $old_status and $new_status:
# their status (review-status-draft or review-status-final).
review-diff-versions = From { $old } ({ $old_status }) to { $new } ({ $new_status }).
# When the two versions review different answers.
review-diff-answers-changed = **The two versions review different answers**: the digest of the answers reviewed changed.
    Entries drafted from the earlier answers may no longer match them.
# When nothing changed.
review-diff-no-changes = No question, observation or summary changed.
# The sections (## headings): the same words as the report's.
review-diff-written-feedback = { review-written-feedback }
review-diff-list-of-observations = { review-list-of-observations }
review-diff-summary = { review-summary }
# What happened to an entry, in bold at the start of its line.
review-diff-added = Added
review-diff-withdrawn = Withdrawn
review-diff-accepted = Draft accepted as drafted
review-diff-accepted-rewritten = Draft accepted, rewritten
review-diff-rewritten = Rewritten
review-diff-replied = Reply of the State
review-diff-reply-changed = Reply changed
review-diff-agreed = Agreed by the State
review-diff-disputed = Disputed by the State
# The kind of an observation, in parentheses before its provision.
review-diff-good-practice = good practice
review-diff-challenge = challenge
review-diff-suggestion = suggestion
review-diff-assistance-need = technical assistance need
# An entry's text before and after the change. $text: the text.
review-diff-before = Before: { $text }
review-diff-after = After: { $text }
