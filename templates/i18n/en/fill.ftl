# The words of `saq fill`, the interview in the terminal, in en. Plain text.
# Values ($text, $reason, $file…) are put in by saq, their control characters shown escaped.
# The commands (/back, /skip, /na, /unknown, /quit, /lines, /edit, /help), the word `none`, the
# date pattern YYYY-MM-DD and the names VISUAL and EDITOR are typed or set as they are: they stay
# untranslated. A prompt's trailing space, and a line's indentation, are added by saq.

## /help: the commands, one line each. saq writes each command (with the word REASON of
## `fill-help-reason` after /na and /unknown) and aligns the descriptions after them.
fill-help-title = Commands, at any question:
fill-help-reason = REASON
fill-help-back = go back to the previous question
fill-help-skip = leave this question as it is and go on (Enter does the same)
fill-help-na = the question does not apply to your country, and why
fill-help-unknown = the answer is not known, and why
fill-help-quit = stop here: every answer given so far is already saved
fill-help-lines = (text) type several lines, then a line holding only a dot
fill-help-edit = (text) write the answer in your editor ($VISUAL or $EDITOR)
fill-help-help = this list
fill-help-slash = An answer that starts with / is typed with two: //.
fill-help-stop = Ctrl-C stops at once; every answer given so far is already saved.

## Commands typed. $command is what was typed, such as /frob.
fill-not-a-command = `{ $command }` is not a command; /help lists them
fill-why-not-applicable = Why does it not apply?
fill-why-unknown = Why is it not known?
fill-reason-needed = A reason is needed; back to the question.
fill-type-lines = Type the lines; end with a line holding only a dot (.).
fill-not-text = That is for text questions.
fill-no-editor = No editor is set: set VISUAL or EDITOR (for instance to nano or notepad), or use /lines.
fill-editor-failed = The editor failed: { $error }

## A question: where it stands, its text and id, the provisions it assesses, the answer on file.
fill-where = [{ $section } · { $answered } of { $applicable } applicable answered]
fill-question = { $text }  ({ $id })
fill-question-required = { $text }  ({ $id }, required)
fill-provision = Provision { $id }: "{ $text }"
fill-on-file = Answer on file: { $answer }

## The prompts. $enter is `fill-enter-keeps` or `fill-enter-skips`.
fill-enter-keeps = Enter keeps the answer on file
fill-enter-skips = Enter skips
# A choice, by its number in the list.
fill-ask-choice = Number ({ $enter }):
fill-ask-choices = Numbers separated by commas, or `none` ({ $enter }):
fill-ask-text = Text on one line, /lines for several, /edit for your editor ({ $enter }):
# A quantity.
fill-ask-number = Number ({ $enter }):
fill-ask-date = Date, YYYY-MM-DD ({ $enter }):

## Lists: measures cited one by one, a table row by row. $number counts from 1.
fill-ask-measure = Measure { $number }: title (Enter when the list is complete):
fill-ask-article = article or section (Enter for none):
fill-ask-link = link (Enter for none):
fill-row = Row { $number } (Enter at the first column when the table is complete):
# A column of a table: its label, then what to type ($kind: one of the three below, or the
# choices, numbered).
fill-column = { $label } ({ $kind }):
fill-column-required = { $label } ({ $kind }, required):
fill-column-text = text
fill-column-number = number
fill-column-date = YYYY-MM-DD
fill-column-is-required = This column is required.

## What was typed is not a value of the kind asked for. $last is the number of choices.
fill-not-a-choice = Type a number from 1 to { $last }, or /help.
fill-not-choices = Type numbers from 1 to { $last }, such as `1, 3`, or /help.
fill-not-a-number = Write digits only, such as 42 or 3.5.
fill-not-a-date = Write the date as YYYY-MM-DD, such as 2026-03-31.

## An answer on file, in a few words.
fill-answer-none = none
fill-answer-measures = { $count ->
    [one] { $count } measure cited
   *[other] { $count } measures cited
}
fill-answer-rows = { $count ->
    [one] { $count } row
   *[other] { $count } rows
}
fill-answer-not-applicable = not applicable: { $reason }
fill-answer-unknown = unknown: { $reason }
# Between the items of a list (choices picked, question ids).
fill-list-separator = {", "}

## Notices during the interview. $questions is a list of question ids, $count how many (not
## shown: a language may still choose between one question and several by it).
fill-resuming = Resuming at the first unanswered question, { $id } ({ $answered } of { $applicable } applicable questions answered).
fill-section-progress = { $answered } of { $applicable } applicable questions answered in this section. /help lists the commands.
fill-section-skipped = Skipping { $section }: { $reason }
fill-question-skipped = Skipping { $id } ({ $text }): { $reason }
# $problem is a problem found in the answer, as saq's checks word it.
fill-not-saved = Not saved: { $problem }
fill-kept-aside = Kept aside, not deleted: the answers to { $questions } no longer apply. They are kept under `inactive:` and come back if the questions apply again.
fill-restored = Brought back your earlier answers to { $questions }.
fill-at-first = This is the first question.
fill-finished-all = End of the questionnaire: every applicable question is answered.
# $count applicable questions without an answer, $required of them required: none in the first
# message ($required is 0), some in the second, which lists them in $questions.
fill-finished = End of the questionnaire. { $count ->
    [one] { $count } applicable question is
   *[other] { $count } applicable questions are
} without an answer; { $required } of them required.
fill-finished-required = End of the questionnaire. { $count ->
    [one] { $count } applicable question is
   *[other] { $count } applicable questions are
} without an answer; { $required } of them required: { $questions }.

## After the interview. $submit, $fill and $status are whole commands to type.
fill-saved = Saved { $file }: { $answered } of { $applicable } applicable questions answered, { $required_answered } of { $required } required.
fill-next-submit = Next: `{ $submit }` submits the answers.
fill-next-fill = Next: `{ $fill }` goes on from the first unanswered question; `{ $status }` shows what is left.
