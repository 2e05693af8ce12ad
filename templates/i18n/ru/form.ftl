# Russian message catalog (ru) of the words of `saq serve`'s pages (templates/form/). Same ids as
# templates/i18n/en/form.ftl; only the text is translated. The user is addressed as "Вы"; the
# State's name stays in the nominative, after a colon.

## Every page (layout.html.j2).
form-skip = Перейти к содержанию
form-sections = Разделы
form-answers-of = Ответы государства: <strong>{ $state }</strong>
form-status-on = { $status } { $date }
form-saved-in = сохраняются в файле <code>{ $file }</code>
form-overall = Дан ответ на { $answered } из { $applicable } вопросов; на { $required_answered } из { $required } обязательных.
form-section-does-not-apply = неприменимо
form-section-waits = зависит от предыдущих ответов
form-section-count = { $answered } из { $applicable }
form-section-missing = { $answered } из { $applicable }; обязательных без ответа: { $missing }
form-start = Начало
form-go-start = Перейти на начальную страницу
form-report-so-far = Доклад по ответам на текущий момент
form-submit = Представить

## The start page (start.html.j2).
form-start-title = Начало
form-start-lead = Ответы государства, раздел за разделом: <strong>{ $state }</strong>.
form-start-fact-saved = Каждый ответ сохраняется в файле <code>{ $file }</code> на этом компьютере, когда Вы нажимаете кнопку <strong>Сохранить</strong>. Больше никуда ничего не отправляется.
form-start-fact-resume = Вы можете прерваться в любой момент и продолжить позже: ответы сохраняются в файле. Чтобы передать их, отправьте файл по электронной почте.
form-start-fact-treaty = Для каждого вопроса под заголовком <em>Текст договора</em> приводятся положения договора, к которым он относится. Если вопрос неприменим к Вашей стране или ответ неизвестен, укажите это и объясните причину под заголовком <em>Не можете ответить на этот вопрос?</em>
form-start-fact-follow-ups = Дополнительные вопросы появляются, когда этого требует предыдущий ответ. Ответ на вопрос, который перестал быть применимым, сохраняется в файле, откладывается и возвращается, если вопрос снова становится применимым.
form-start-submitted = Эти ответы представлены. Они отображаются на страницах, но изменить их здесь больше нельзя.
form-start-submitted-on = Эти ответы представлены { $date }. Они отображаются на страницах, но изменить их здесь больше нельзя.
form-start-complete = Ответы на все обязательные вопросы даны. Ознакомьтесь с { $report }, а затем { $submit }.
form-start-complete-report = докладом по ответам
form-start-complete-submit = представьте их
form-start-sections = Разделы
form-start-table-caption = Вопросы, на которые дан ответ, по разделам
form-start-col-section = Раздел
form-start-col-answered = Дан ответ
form-start-col-missing = Обязательные без ответа
form-start-does-not-apply = Неприменимо
form-start-waits = Зависит от предыдущих ответов
form-start-count = { $answered } из { $applicable }
form-start-begin = Начать с раздела «{ $section }»

## A section (section.html.j2, macros.html.j2).
form-error-prefix = Ошибка:
form-problem = Возникла проблема
form-problem-nothing-saved = Ничего на этой странице не сохранено. Исправьте то, что указано ниже, и сохраните снова.
form-conflict-title = Файл изменен другой программой
form-conflict-text = После того как эта страница была открыта, кто-то сохранил файл <code>{ $file }</code> (в текстовом редакторе или другом экземпляре saq). Ваши ответы на этой странице <strong>не сохранены</strong>; сохранены ответы, записанные другим пользователем.
form-conflict-choice = В форме ниже по-прежнему отображается то, что Вы ввели. { $reload }, или снова нажмите «Сохранить», чтобы записать введенные Вами данные вместо ответов другого пользователя в этом разделе (другие его изменения сохранятся).
form-conflict-choice-reload = Загрузите этот раздел в том виде, в каком он сейчас сохранен в файле
form-saved = Сохранено.
form-kept-aside = Эти вопросы больше не применимы; ответы на них сохранены в файле, отложены и вернутся, если вопросы снова станут применимыми:
form-restored = Эти вопросы снова применимы; прежние ответы на них восстановлены:
form-unchanged = Изменений не было: файл остался прежним.
form-not-obligations = Эти вопросы не касаются обязательств по договору.
form-section-skipped = Этот раздел неприменим к Вашей стране: { $reason }.
form-read-only = Эти ответы представлены, поэтому они отображаются, но изменить их нельзя.
form-save = Сохранить
form-save-next = Сохранить и перейти к следующему разделу
form-pager = Предыдущий и следующий разделы
form-required = (обязательный)
form-source = Источник: { $source }
form-aside-note = Этот ответ был отложен, когда вопрос перестал быть применимым; он сохранен и снова учитывается, поскольку вопрос вновь применим.
form-treaty-text = Текст договора
form-treaty-text-of = Текст договора: { $provisions }
form-provision = { $article } — положение { $provision }, { $force }
form-qualified-by = Условие: { $qualifier }
form-applies-where = Условия применения: { $condition }
form-your-answer = Ваш ответ
form-number = Число
form-date = Дата
form-measure = Мера { $n }
form-row = Строка { $n }
form-add-measure = Сохранить и добавить еще одну меру
form-add-row = Сохранить и добавить еще одну строку
form-cannot-answer = Не можете ответить на этот вопрос?
form-cannot-answer-legend = Если на вопрос нельзя ответить
form-answer-above = Я отвечаю выше
form-not-applicable-because = Вопрос неприменим к моей стране, потому что…
form-unknown-because = Ответ неизвестен, потому что…
form-why = Причина
form-column-title = Название закона или меры
form-column-article = Статья или раздел
form-column-url = Ссылка на текст

## The report page (report.html.j2).
form-report-title = Доклад на текущий момент
form-report-note = Это доклад по ответам, сохраненным на данный момент, в том виде, в каком его сегодня сформировала бы используемая секретариатом команда <code>saq report</code>. Он меняется по мере того, как Вы отвечаете.

## Submitting (submit.html.j2).
form-submit-title = Представить ответы
form-submit-refused = Ответы не представлены: { $count ->
    [one] еще нет ответа на { $count } обязательный вопрос.
    [few] еще нет ответа на { $count } обязательных вопроса.
    [many] еще нет ответа на { $count } обязательных вопросов.
   *[other] еще нет ответа на { $count } обязательного вопроса.
}
form-submit-see-missing = Перейти к вопросам, требующим ответа
form-submitted = { $state }: ответы представлены.
form-submitted-on = { $state }: ответы представлены { $date }.
form-submitted-file = В файле <code>{ $file }</code> теперь указано <code>status: submitted</code>, и он содержит хеш своих ответов: любое последующее изменение ответов будет выявлено при проверке. Направьте файл в секретариат в согласованном порядке.
form-submitted-digest = Его хеш: <code>{ $digest }</code>.
form-submitted-sign = Чтобы также подписать его, выполните на этом компьютере команду <code>{ $command }</code>.
form-submit-counts = Дан ответ на { $answered } из { $applicable } применимых вопросов, в том числе на { $required_answered } из { $required } обязательных.
form-still-to-answer = Осталось ответить
form-still-to-answer-text = Прежде чем ответы можно будет представить, необходимо ответить на следующие обязательные вопросы (в ответе можно также указать, что вопрос неприменим или что ответ неизвестен, и объяснить причину):
form-ready = Ответы на все обязательные вопросы даны. При представлении файл помечается как представленный, с сегодняшней датой и хешем ответов, чтобы любое последующее изменение было заметно. После этого изменить ответы в этой форме будет нельзя.
form-submit-button = Представить ответы

## A page that says what went wrong (problem.html.j2): a title, then what to do. The system's
## own reason, when there is one, is shown below it as it is.
form-problem-unreadable = Не удается прочитать файл ответов
form-problem-unreadable-text = saq не удалось прочитать его по причине, указанной ниже. Ничего не сохранено.
form-problem-invalid = В файле ответов есть ошибки
form-problem-invalid-text = Файл был изменен вне этой формы и больше не проходит проверку. Исправьте указанные ниже ошибки в текстовом редакторе (их также выводит команда saq validate), а затем перезагрузите эту страницу. Ничего не сохранено.
form-problem-expired = Срок действия этой формы истек
form-problem-expired-text = Она была создана при предыдущем запуске saq serve. Вернитесь назад, перезагрузите страницу и введите ответы снова. Ничего не сохранено.
form-problem-no-section = Такого раздела нет
form-problem-no-section-text = В вопроснике нет раздела с таким названием. Выберите раздел из списка.
form-problem-submitted = Эти ответы представлены
form-problem-submitted-text = Представленные ответы не изменяются. Чтобы изменить их, укажите в файле status: draft, а затем представьте ответы снова.
form-problem-write = Не удалось записать ответы
form-problem-write-text = Причина указана ниже. Файл остался таким же, каким был до отправки этой страницы.
form-problem-save = Не удалось сохранить ответы
form-problem-save-text = Причина указана ниже. Файл остался таким же, каким был до отправки этой страницы.
form-problem-report = Не удается сформировать доклад
form-problem-report-text = Причина указана ниже. Ответы не затронуты.
form-problem-changed-before-submit = Файл ответов изменен другой программой
form-problem-changed-before-submit-text = Файл изменился после того, как эта страница была открыта, поэтому ответы не представлены. Еще раз просмотрите ответы, а затем представьте их с обновленной страницы.
form-problem-changed-while-submitting = Файл ответов изменен другой программой
form-problem-changed-while-submitting-text = Файл изменился во время представления ответов, поэтому они не представлены. Еще раз просмотрите ответы, а затем представьте их с обновленной страницы.
form-problem-submit = Не удалось представить ответы
form-problem-submit-text = Причина указана ниже. Файл остался прежним.
form-problem-no-page = Такой страницы нет
form-problem-no-page-text = В этой форме нет страницы по этому адресу. Вернитесь на начальную страницу.

## A value refused at its field (the error beside it and in the summary). $value is what was
## typed; $row a row's number; $column a table column's label.
form-error-reason-unknown = объясните, почему ответ неизвестен: необходимо указать причину
form-error-reason-not-applicable = объясните, почему вопрос неприменим: необходимо указать причину
form-error-reason-help = например: «в стране нет ни одного лицензированного производителя»
form-error-number = «{ $value }» не является числом
form-error-number-help = используйте только цифры, например 42 или 3.5
form-error-date = «{ $value }» не является датой
form-error-date-help = введите дату в формате YYYY-MM-DD, например 2026-03-31
form-error-url = мера { $row }: «{ $value }» не является веб-адресом; введите его полностью, начиная с https://, или не указывайте ссылку
form-error-title = мера { $row }: укажите ее название, например «{ $example }»
form-error-measure = мера { $row }: { $problem }
form-error-cell-number = строка { $row }, { $column }: «{ $value }» не является числом (например, 42)
form-error-cell-date = строка { $row }, { $column }: «{ $value }» не является датой в формате YYYY-MM-DD
form-error-cell-choice = строка { $row }, { $column }: «{ $value }» не входит в число предложенных вариантов
form-error-cell-text = строка { $row }, { $column }: «{ $value }» не является текстом
