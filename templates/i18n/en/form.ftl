# The words of `saq serve`'s pages (templates/form/), in English: the source every other
# language translates. Messages may hold simple HTML (<strong>, <code>, <em>); the values put
# into them ($state, $file, …) are escaped by saq.

## Every page (layout.html.j2).
form-skip = Skip to the content
form-sections = Sections
form-answers-of = Answers of <strong>{ $state }</strong>
form-status-on = { $status } on { $date }
form-saved-in = saved in <code>{ $file }</code>
form-overall = { $answered } of { $applicable } questions answered; { $required_answered } of { $required } required.
form-section-does-not-apply = does not apply
form-section-waits = waits for earlier answers
form-section-count = { $answered } of { $applicable }
form-section-missing = { $answered } of { $applicable }, { $missing } required left
form-start = Start
form-go-start = Go to the start page
form-report-so-far = Report of the answers so far
form-submit = Submit

## The start page (start.html.j2).
form-start-title = Start
form-start-lead = The answers of <strong>{ $state }</strong>, one section at a time.
form-start-fact-saved = Every answer is saved in the file <code>{ $file }</code> on this computer when you press <strong>Save</strong>. Nothing is sent anywhere else.
form-start-fact-resume = You can stop at any time and come back later: the file keeps your answers. To send them, e-mail the file.
form-start-fact-treaty = Each question shows the words of the treaty it is about, under <em>Treaty text</em>. If a question does not apply to your country, or the answer is not known, say so and why under <em>Cannot answer this question?</em>
form-start-fact-follow-ups = Follow-up questions appear when an earlier answer calls for them. An answer to a question that no longer applies is kept in the file, set aside, and comes back if the question applies again.
form-start-submitted = These answers were submitted. The pages show them; they can no longer be changed here.
form-start-submitted-on = These answers were submitted on { $date }. The pages show them; they can no longer be changed here.
form-start-complete = Every required question is answered. Look at the { $report }, then { $submit }.
form-start-complete-report = report of the answers
form-start-complete-submit = submit them
form-start-sections = Sections
form-start-table-caption = Questions answered in each section
form-start-col-section = Section
form-start-col-answered = Answered
form-start-col-missing = Required, not yet answered
form-start-does-not-apply = Does not apply
form-start-waits = Waits for earlier answers
form-start-count = { $answered } of { $applicable }
form-start-begin = Start with { $section }

## A section (section.html.j2, macros.html.j2).
form-error-prefix = Error:
form-problem = There is a problem
form-problem-nothing-saved = Nothing on this page was saved. Correct what is shown below, then save again.
form-conflict-title = The file was changed by another program
form-conflict-text = Someone saved <code>{ $file }</code> (in a text editor, another saq) after this page was made. Your answers on this page were <strong>not saved</strong>, and theirs were kept.
form-conflict-choice = The form below still shows what you entered. { $reload }, or press Save again to write what you entered over their answers to this section (their other changes stay).
form-conflict-choice-reload = Load this section as the file has it now
form-saved = Saved.
form-kept-aside = These questions no longer apply; their answers are kept in the file, set aside, and come back if they apply again:
form-restored = These questions apply again; their earlier answers are back:
form-unchanged = Nothing had changed: the file is as it was.
form-not-obligations = These questions are not about obligations of the treaty.
form-section-skipped = This section does not apply to your country: { $reason }.
form-read-only = These answers are submitted, so they are shown but cannot be changed.
form-save = Save
form-save-next = Save and go to the next section
form-pager = Previous and next section
form-required = (required)
form-source = From: { $source }
form-aside-note = This answer was set aside when the question stopped applying; it is kept, and counts again now that the question applies.
form-treaty-text = Treaty text
form-treaty-text-of = Treaty text: { $provisions }
form-provision = { $article } — provision { $provision }, { $force }
form-qualified-by = Qualified by: { $qualifier }
form-applies-where = Applies where: { $condition }
form-your-answer = Your answer
form-number = Number
form-date = Date
form-measure = Measure { $n }
form-row = Row { $n }
form-add-measure = Save and add another measure
form-add-row = Save and add another row
form-cannot-answer = Cannot answer this question?
form-cannot-answer-legend = If the question cannot be answered
form-answer-above = I answer it above
form-not-applicable-because = It does not apply to my country, because…
form-unknown-because = The answer is not known, because…
form-why = Why
form-column-title = Title of the law or measure
form-column-article = Article or section
form-column-url = Link to the text

## The report page (report.html.j2).
form-report-title = Report so far
form-report-note = This is the report of the answers saved so far, as the secretariat's <code>saq report</code> would make it today. It changes as you answer.

## Submitting (submit.html.j2).
form-submit-title = Submit the answers
form-submit-refused = The answers were not submitted: { $count ->
    [one] 1 required question is not answered yet.
   *[other] { $count } required questions are not answered yet.
}
form-submit-see-missing = See the questions to answer
form-submitted = The answers of { $state } were submitted.
form-submitted-on = The answers of { $state } were submitted on { $date }.
form-submitted-file = The file <code>{ $file }</code> now says <code>status: submitted</code> and carries a digest of its answers: any later change to them will show when it is checked. Send the file to the secretariat as agreed.
form-submitted-digest = Its digest: <code>{ $digest }</code>.
form-submitted-sign = To sign it as well, run <code>{ $command }</code> on this computer.
form-submit-counts = { $answered } of { $applicable } applicable questions are answered, { $required_answered } of the { $required } required ones.
form-still-to-answer = Still to answer
form-still-to-answer-text = These required questions need an answer before the answers can be submitted (an answer can also say that the question does not apply, or that the answer is not known, and why):
form-ready = Every required question is answered. Submitting marks the file as submitted, dated today, with a digest of its answers so that any later change shows. After that the answers can no longer be changed in this form.
form-submit-button = Submit the answers

## A page that says what went wrong (problem.html.j2): a title, then what to do. The system's
## own reason, when there is one, is shown below it as it is.
form-problem-unreadable = The answer file cannot be read
form-problem-unreadable-text = saq could not read it, for the reason below. Nothing was saved.
form-problem-invalid = The answer file has problems
form-problem-invalid-text = It was changed outside this form and no longer passes the checks. Fix the problems below in a text editor (saq validate lists them too), then reload this page. Nothing was saved.
form-problem-expired = This form has expired
form-problem-expired-text = It was made by an earlier run of saq serve. Go back, reload the page and enter the answers again. Nothing was saved.
form-problem-no-section = No such section
form-problem-no-section-text = The questionnaire has no section by that name. Choose one from the list.
form-problem-submitted = These answers are submitted
form-problem-submitted-text = A submitted answer set is not changed. To change it, set status: draft in the file, then submit it again.
form-problem-write = The answers could not be written
form-problem-write-text = The reason is below. The file is as it was before this page was sent.
form-problem-save = The answers could not be saved
form-problem-save-text = The reason is below. The file is as it was before this page was sent.
form-problem-report = The report cannot be made
form-problem-report-text = The reason is below. The answers are not affected.
form-problem-changed-before-submit = The answer file was changed by another program
form-problem-changed-before-submit-text = It changed after this page was made, so it was not submitted. Look at the answers again, then submit from a fresh page.
form-problem-changed-while-submitting = The answer file was changed by another program
form-problem-changed-while-submitting-text = It changed while it was being submitted, so it was not submitted. Look at the answers again, then submit from a fresh page.
form-problem-submit = The answers could not be submitted
form-problem-submit-text = The reason is below. The file is as it was.
form-problem-no-page = No such page
form-problem-no-page-text = This form has no page at that address. Go back to the start page.

## A value refused at its field (the error beside it and in the summary). $value is what was
## typed; $row a row's number; $column a table column's label.
form-error-reason-unknown = say why the answer is not known: a reason is needed
form-error-reason-not-applicable = say why the question does not apply: a reason is needed
form-error-reason-help = for instance: “no manufacturers are licensed in the country”
form-error-number = “{ $value }” is not a number
form-error-number-help = write digits only, such as 42 or 3.5
form-error-date = “{ $value }” is not a date
form-error-date-help = write the date as YYYY-MM-DD, such as 2026-03-31
form-error-url = measure { $row }: “{ $value }” is not a web address; write it in full, starting with https://, or leave the link out
form-error-title = measure { $row }: give its title, such as “{ $example }”
form-error-measure = measure { $row }: { $problem }
form-error-cell-number = row { $row }, { $column }: “{ $value }” is not a number, such as 42
form-error-cell-date = row { $row }, { $column }: “{ $value }” is not a date written YYYY-MM-DD
form-error-cell-choice = row { $row }, { $column }: “{ $value }” is not one of the choices listed
form-error-cell-text = row { $row }, { $column }: “{ $value }” is not text
