# The words `saq status`, `saq init` and `saq submit` print for a focal point, and the line that
# ends `saq review report -o DIR`, in English: the source every other language translates. Plain
# text for a terminal. The commands put into a message ($command, $fill, $status, $submit) are
# typed as they are, never translated; the markers `note:`, `= help:` and `= note:` that some
# lines start with are saq's own, as in its diagnostics, and are not part of the messages. The
# status of an answer set (draft, submitted) is labels.ftl's `status-draft` and
# `status-submitted`, its first letter in lower case.

## saq status: a file it could not check. $file: the file as named.
cli-status-not-in-library = { $file }: not checked: its questionnaire is not in the library (see the problem above)
cli-status-questionnaire-problems = { $file }: not checked: its questionnaire has problems (see above)
cli-status-unreadable = { $file }: cannot be read (see the problems above)

## saq status: a file's first line, then a table of its sections, one line each, and the sums
## over all sections. $state: the State answering; $status: the answer set's status.
cli-status-heading = { $file }: answers of { $state }, { $status }
# The headings of the table's columns: each column of numbers is as wide as its heading.
cli-status-column-section = section
cli-status-column-answered = answered
cli-status-column-applicable = applicable
cli-status-column-required = required
cli-status-column-missing = missing
# The title of the last line, the sums.
cli-status-all-sections = all sections
# In the column of required questions: how many are answered, of how many.
cli-status-required-of = { $answered } of { $required }
# A section that does not apply, instead of its numbers; $reason is the questionnaire's.
cli-status-does-not-apply = does not apply: { $reason }
# A list of question ids cut short: $list, the first ones; $count, how many are left out.
cli-status-and-more = { $list } and { $count } more

## saq status: below the table. $count: how many; $list: question ids; $command: the command
## to run; $date: a date.
cli-status-not-counted = not counted: { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    } to questions that do not apply: { $list }
cli-status-not-counted-help = each is explained above (`answer-not-applying`); nothing is deleted
cli-status-submitted-on = submitted on { $date }
cli-status-submitted-undated = submitted on an unknown date
# $submitted: one of the two messages above.
cli-status-submitted-with-problems = { $submitted }, but the file has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } (see above)
cli-status-ready = ready to submit: every required applicable question is answered (`{ $command }`)
cli-status-missing = blocks submission: { $count ->
        [one] { $count } required question
       *[other] { $count } required questions
    } not answered: { $list }
cli-status-missing-help = `{ $command }` asks them, starting with the first unanswered question
cli-status-problems = blocks submission: the file has { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } (shown above with their lines)

## saq init: the file written. $file: the file; $state: the State; $questionnaire and $version:
## the questionnaire's id and version; $count: how many questions the file lists.
cli-init-wrote = wrote { $file }: a draft answer set of { $state } to { $questionnaire } { $version }, listing its { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
# What to do next, on two lines: the first starts with `cli-init-next`, the second starts under
# the first one's text. $fill, $status and $submit: the commands.
cli-init-next = next:
cli-init-next-edit = write the answers with any text editor, or run `{ $fill }` to be asked them one by one;
cli-init-next-check = `{ $status }` shows what is left, `{ $submit }` submits the answers

## saq submit. $file: the answer set; $when: `cli-submit-when` or `cli-submit-when-unknown`.
cli-submit-already = { $file } is already submitted ({ $when }); nothing to do
cli-submit-already-signing = { $file } is already submitted ({ $when }); signing it as it is
cli-submit-when = on { $date }
cli-submit-when-unknown = on an unknown date
cli-submit-already-help = to change the answers, set `status: draft`, edit them and submit again
# $state: the State; $date: today; $answered of $applicable: the applicable questions answered.
cli-submit-done = submitted { $file }: answers of { $state } on { $date }, { $answered } of { $applicable } applicable questions answered
# $digest: the answers' digest (sha256:…).
cli-submit-digest = digest: { $digest }
cli-submit-validate-note = `{ $command }` reports any change made to the answers from now on
# $key: the key's id; $signature: the signature file written beside the answers.
cli-submit-signed = signed { $file } with key { $key }: { $signature }
cli-submit-signed-note = send { $signature } with the answers; `{ $command }` checks it
# A file rewritten in saq's layout (by submit or fill) whose own comments were kept in a copy:
# $count comment lines, kept in the file $backup.
cli-submit-backed-up = { $file } rewritten in saq's layout; { $count ->
        [one] { $count } comment line of your own is
       *[other] { $count } comment lines of your own are
    } kept in { $backup }

## saq review report -o DIR: what was written. $count: how many review reports; $folder: DIR.
cli-review-report-wrote = wrote { $count ->
        [one] { $count } review report
       *[other] { $count } review reports
    } and the overview to { $folder }
