# The comments saq writes into an answer file (saq init, fill, submit), in en.
# Plain text: answer files are YAML, and these lines become YAML comments.
# Every message is one line (saq wraps it); the YAML keys (answers:, state:, not-applicable:,
# unknown:, focal_point: …) and the values that are typed (yes, partly, restricted …) stay as
# they are in every language: only the explanation around them is translated. Braces of YAML
# are written { "{" } and { "}" } (in Fluent, a brace alone opens a placeable).

## The opening comment.
# $state: the State's name; $questionnaire: the questionnaire's title; $id and $version: its id
# and version; $instruments: the instrument it assesses (file-instrument-title), then
# file-assesses-also for each other one.
file-answers-of = Answers of { $state } to the { $questionnaire } ({ $id } { $version }), which assesses the { $instruments }.
# The title of the instrument the questionnaire assesses, as it stands in file-answers-of.
file-instrument-title = { $instrument }
# Another instrument, some of whose provisions the questionnaire also assesses. $list: what
# comes before; $instrument: the other instrument's short title.
file-assesses-also = { $list } and the provisions of the { $instrument }
# How to fill the file in. `not-applicable` and `unknown` are keys: keep them; "why" stands for
# the reason the State writes.
file-how-to-answer = Write each answer after its question's key, in place of the empty value. Lines starting with `#` are comments: the question, its help, the provision it assesses and the answers it takes. Any answer may instead be { "{" }not-applicable: "why"{ "}" } or { "{" }unknown: "why"{ "}" }. A question asked only in some cases says so: leave it empty when it does not apply.
# The commands, with FILE for the file's name.
file-how-to-commands = saq validate FILE checks the file; saq status FILE shows what is left to answer; saq fill FILE asks the questions one by one and saves after each answer (it rewrites the file in this layout: comments of your own are kept in a backup copy, not in the file); saq submit FILE marks the answers submitted once every required question is answered.

## The header: the focal point, the review cycle, the source and the disclosure.
file-focal-point = The focal point who clears the answers: remove the # signs below and fill in.
file-optional-review-and-source = Optional: the review cycle these answers are for (its phase, the period they cover) and where they come from, such as a published national report: remove the # signs below and fill in.
file-optional-review = Optional: the review cycle these answers are for (its phase, the period they cover): remove the # signs below and fill in.
file-optional-source = Optional: where the answers come from, such as a published national report (with a link): remove the # signs below and fill in.
# restricted, secretariat and public are the values `disclosure:` takes: keep them.
file-disclosure = Who may see these answers by name when States are compared: restricted (counted, never named; the default), secretariat (named in the restricted view for the review's participants and the secretariat) or public (the State agrees to publish).

## Sections and questions.
# $condition: the condition, as an expression over the answers' ids (not translated).
file-section-asked-when = This section is asked only when { $condition }.
file-asked-when = Asked only when { $condition }.
# $provision: the provision's reference (5.1.a); $force: file-force-…; $text: the treaty's words.
file-provision-quoted = Provision { $provision } ({ $force }): "{ $text }"
file-provision-quoted-above = Provision { $provision } ({ $force }), quoted above.
# The level of obligation of a provision, in parentheses after it.
file-force-mandatory = mandatory
file-force-mandatory-qualified = mandatory-qualified
file-force-consider = consider
file-force-optional = optional
file-force-conditional = conditional
file-force-interpretive = interpretive
# $source: where the question comes from.
file-source = Source: { $source }
# $hint: what the question takes (file-answer-…).
file-required = Required. { $hint }

## What a question takes. Choice ids are typed as they are; the label beside one is translated.
# $choices: the choices, joined with file-list-separator.
file-answer-one-of = Answer one of: { $choices }.
# $first: the first choice's id.
file-answer-any-of = Answer a list of any of: { $choices }; such as [{ $first }].
# A choice whose label differs from its id. $id: typed as it is; $label: its label.
file-choice = { $id } ({ $label })
file-answer-text = Answer in text; for several lines, write | after the colon and the lines below it, indented.
file-answer-number = Answer a number.
file-answer-date = Answer a date, YYYY-MM-DD.
# Followed by an example of a measure: title, article and url are keys, kept as they are.
file-answer-citations = Answer a list of measures, each with a title and, if useful, the article and a link:
# The example's article, and its title when the questionnaire gives none.
file-example-article = section 12
file-example-measure = Act No. 5 of 2019
# $example: one row as typed, such as {year: …, marked: …}; $columns: each column (file-column),
# joined with file-column-separator.
file-answer-table = Answer a list of rows, one `- { $example }` per row, with the columns { $columns }.
# $id: the column's id, typed as it is; $about: its label, its choices or the kind of value, and
# whether it is required, joined with file-list-separator.
file-column = { $id } ({ $about })
file-column-text = text
file-column-number = number
file-column-date = date
file-column-choice = choice
file-column-required = required
# Between a column's choices (ids, typed as they are).
file-column-or = { " or " }
# Between the items of a list, and between the columns of a table.
file-list-separator = { ", " }
file-column-separator = { "; " }

## Answers that are not where they should be.
file-not-questions = Not questions of this questionnaire: check their ids (`saq validate` says more).
file-inactive = Answers kept aside: a changed answer above made their questions inapplicable. They are not assessed; saq fill moves each one back under `answers:` when its question applies again.
