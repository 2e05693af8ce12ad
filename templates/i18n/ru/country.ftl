# country messages (ru): see templates/i18n/en/country.ftl for the ids.
#
# Russian message catalog (ru) of the country report (templates/country.md.j2). Same ids as
# templates/i18n/en/country.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. A reported status («заявленный статус») restates the
# State's own answers: never a finding of compliance nor a ranking of States. The names put in
# (State, instrument) come in the nominative, so they stand as a subject, after a colon or a dash,
# in parentheses after «договор», or after «государство»; no past-tense verb agrees with them.
# Numbers that govern a noun choose one/few/many/other.

## Title and opening lines.

country-title = { $state }: ход осуществления — { $instrument }
country-intro = Анализ пробелов на основе ответов на вопросник для самооценки: «{ $title }».

## The list of facts under the title.

country-label-state = Государство:
country-label-questionnaire = Вопросник:
country-questionnaire-version = { $id }, версия { $version }
country-label-review-cluster = Тематический блок обзора:
country-cluster-scope = { $id }. { $title }: вопросы задавались только по положениям этого блока, и доклад охватывает только их
country-cluster-scope-unverified = (распределение статей по тематическим блокам не проверено)
country-label-status = Статус:
country-status-submitted = представлено
country-status-draft = черновик: ответы еще могут измениться
country-label-started = Начало заполнения:
country-label-last-updated = Последнее обновление:
country-label-submitted = Дата представления:
country-label-review = Обзор:
country-review-cycle = цикл { $cycle }
country-review-period = период { $period }
country-label-source = Источник:
country-label-disclosure = Распространение:
country-disclosure = { $disclosure }: государство может быть названо в сравнительном обзоре по государствам, предназначенном для ограниченного распространения{ $level ->
        [public] , и оно согласилось на опубликование своих ответов
       *[other] {""}
    }

country-disclaimer =
    В настоящем докладе описываются меры, о которых { $state } сообщает в своей самооценке. Он не
    содержит ни ранжирования государств, ни заключения о соблюдении требований: каждый заявленный
    статус воспроизводит собственные ответы государства и служит основой для диалога в рамках обзора
    и для оказания технической помощи. Замечания и предложения формулируют проводящие обзор
    государства.

## Headings of the report's parts, also the link texts of the contents.

country-contents = Содержание
country-summary = Сводные данные
country-gaps = Пробелы и возможные меры
country-optional = Непринятые факультативные меры
country-scope = Сфера охвата мер
country-assistance = Потребности в технической помощи
country-law-practice = Законодательство и практика
country-unanswered = Вопросы без ответа
country-not-applying = Ответы на неприменимые вопросы
country-annex = Приложение: указанные меры

## The contents: the line before the links to each section of the questionnaire.

country-said-by-section = Сведения, которые сообщает { $state }, по разделам:
country-article = Статья { $article }

## Summary: coverage and answers.

country-label-coverage = Охват:
country-coverage-all = { $applicable ->
        [0] применимых положений нет.
        [1] заявленный статус указан для единственного применимого положения.
        [one] заявленный статус указан для каждого из { $applicable } применимого положения.
        [few] заявленный статус указан для каждого из { $applicable } применимых положений.
        [many] заявленный статус указан для каждого из { $applicable } применимых положений.
       *[other] заявленный статус указан для каждого из { $applicable } применимого положения.
    }
country-coverage-none =
    { $applicable ->
        [1] для единственного применимого положения заявленный статус пока не указан
        [one] ни для одного из { $applicable } применимого положения заявленный статус пока не указан
        [few] ни для одного из { $applicable } применимых положений заявленный статус пока не указан
        [many] ни для одного из { $applicable } применимых положений заявленный статус пока не указан
       *[other] ни для одного из { $applicable } применимого положения заявленный статус пока не указан
    }: имеющиеся ответы ничего не говорят об осуществлении.
country-coverage-some =
    заявленный статус указан для { $assessed } из { $applicable ->
        [one] { $applicable } применимого положения
        [few] { $applicable } применимых положений
        [many] { $applicable } применимых положений
       *[other] { $applicable } применимого положения
    }; { $remaining ->
        [1] оставшееся положение пока не оценивалось, и ничто из изложенного ниже к нему не относится.
       *[other] остальные положения ({ $remaining }) пока не оценивались, и ничто из изложенного ниже к ним не относится.
    }
country-questions-answered =
    Дан ответ на { $answered } из { $applicable ->
        [one] { $applicable } применимого вопроса
        [few] { $applicable } применимых вопросов
        [many] { $applicable } применимых вопросов
       *[other] { $applicable } применимого вопроса
    } ({ $percent } %).
country-required-missing =
    Еще не дан ответ на { $missing } из { $required ->
        [one] { $required } обязательного вопроса.
        [few] { $required } обязательных вопросов.
        [many] { $required } обязательных вопросов.
       *[other] { $required } обязательного вопроса.
    }

## Summary: the table of reported statuses.

country-col-reported-status = Заявленный статус
country-col-provisions = Положения
country-row-considered = Рассмотрено (обязательства рассмотреть возможность)
country-row-not-considered = Не рассмотрено (обязательства рассмотреть возможность)
country-row-adopted = Принято (факультативные или рассмотренные меры)
country-row-partially-adopted = Принято частично (факультативные или рассмотренные меры)
country-row-not-adopted = Не принято (факультативные меры; не является пробелом)

## Summary: the tables by article and by review cluster.

country-by-article = По статьям
country-by-article-intro =
    В графе «Оценено» указывается число применимых положений, для которых указан заявленный статус.
    В графе «Осуществлено» учитываются также принятые факультативные и рассмотренные меры; в графе
    «Нет» — неосуществленные обязательства и нерассмотренные меры, которые требовалось рассмотреть.
    Непринятые факультативные меры не являются пробелом.
country-by-cluster = По тематическим блокам обзора
country-col-article = Статья
country-col-cluster = Тематический блок
country-col-assessed = Оценено
country-col-implemented = Осуществлено
country-col-in-part = Частично
country-col-not = Нет
country-col-considered = Рассмотрено
country-col-optional-not-adopted = Факультативные, не приняты
country-col-not-applicable = Неприменимо
country-assessed-of = { $assessed } из { $applicable }
country-other-article = { $instrument }, статья { $article }. { $title }
country-cluster-mapping-unverified = Распределение статей по тематическим блокам обзора не проверено.
country-cluster-mapping-unverified-source = Распределение статей по тематическим блокам обзора не проверено: { $source }.

## Summary: the provision matrix.

country-matrix = Матрица положений
country-matrix-intro =
    Одна строка на каждое положение, для которого указан заявленный статус, в порядке следования в
    договоре. В графе «Меры» указывается число приведенных мер (законодательство); в графе «Примеры» —
    приведены ли примеры осуществления (практика).
country-col-provision = Положение
country-col-obligation = Обязательство
country-col-measures = Меры
country-col-examples = Примеры
country-col-flags = Отметки
country-status-reason = { $status }: { $reason }
country-examples-yes = да
country-examples-no = нет
country-flag-scope-finding = Вывод о сфере охвата
country-other-instrument = { $instrument }: оцениваемые положения
country-other-instrument-intro = Вопросник охватывает также следующие положения этого договора ({ $instrument }).
country-label-not-assessed-count = { $count ->
        [1] Положение, которое еще не оценивалось ({ $count }):
       *[other] Положения, которые еще не оценивались ({ $count }):
    }

## Gaps and possible measures.

country-gaps-none-assessed = Ни одно положение пока не оценивалось, поэтому выявить пробелы на основе ответов невозможно.
country-gaps-none-some-assessed =
    Среди оцененных положений ({ $assessed } из { $applicable ->
        [one] { $applicable } применимого
        [few] { $applicable } применимых
        [many] { $applicable } применимых
       *[other] { $applicable } применимого
    }) пробелов нет. { $remaining ->
        [1] Оставшееся положение пока не оценивалось; к нему этот вывод не относится.
       *[other] Остальные положения ({ $remaining }) пока не оценивались; к ним этот вывод не относится.
    }
country-gaps-none = { $state } не сообщает ни об одном неосуществленном или частично осуществленном обязательстве.
country-gaps-intro =
    Обязательства, которые, согласно ответам, не осуществлены или осуществлены частично, и положения,
    возможность принятия мер по которым государство должно было рассмотреть, но, согласно ответам, не
    рассмотрело: сначала обязательные положения, затем обязательства с оговоренными условиями,
    условные положения и обязательства рассмотреть возможность. Возможные меры служат материалом для
    диалога в рамках обзора и не являются выводами.
country-gaps-not-assessed =
    Пока не оценено { $remaining } из { $applicable ->
        [one] { $applicable } применимого положения.
        [few] { $applicable } применимых положений.
        [many] { $applicable } применимых положений.
       *[other] { $applicable } применимого положения.
    }
country-provision-heading = { $provision }: { $status } ({ $force })
country-element = *Элемент, имеющий самостоятельную силу:* «{ $text }»: { $force }
country-evidence-informs = Этот ответ касается части положения, имеющей менее обязывающий характер; он приводится, но не влияет на заявленный статус.
country-evidence-lowers = Этот ответ может понизить заявленный статус не более чем до уровня «{ $status }» и сам по себе его не определяет.
country-label-steps = Планируемые шаги:
country-label-possible-measures = Возможные меры (для диалога):
country-gap-said = Все, что сообщает { $state } по статье { $article }: { $link }.

## Optional measures not adopted.

country-optional-intro =
    Положения, которые { $instrument } оставляет на усмотрение каждого государства («могут»,
    «рекомендуется» или приводимые в качестве примера меры в рамках системы, возможность создания
    которой следует рассмотреть) и которые, как сообщает { $state }, не приняты или приняты
    частично. Они не являются пробелами.
country-optional-heading = { $provision }: { $status }

## Scope of the measures.

country-scope-none = Ни один из ответов, касающихся определений или сферы применения, не указывает на сужение терминов договора ({ $instrument }).
country-scope-intro =
    Значение ответов, касающихся определений и сферы применения, для охвата заявленных мер: если
    внутреннее определение или состав преступления уже, чем в договоре, меры, заявленные в рамках
    указанных положений, могут охватывать не все, на что распространяется договор.
country-label-bears-on = Касается:

## Technical assistance needs.

country-assistance-none = { $state } не запрашивает в своих ответах технической помощи.
country-col-assistance-kind = Вид помощи
country-col-requested-for = Запрошена по статьям
country-article-heading = Статья { $article }. { $title }
country-label-kinds = Виды:
country-kinds-not-specified = не указаны
country-label-details = Подробности:
country-label-already-received = Уже получена:
country-assistance-received = Помощь, полученная по статьям, по которым помощь не запрашивается
country-col-assistance-received = Уже полученная помощь

## Law and practice.

country-law-practice-none =
    Каждое положение, заявленное как осуществленное, подкреплено приведенными мерами и примерами
    осуществления в тех случаях, когда вопросник их запрашивал.
country-law-practice-intro =
    Положения, заявленные как полностью или частично осуществленные, по которым в ответах не указано
    ни одной меры (законодательство) или не приведено ни одного примера осуществления (практика), хотя
    вопросник их запрашивал.

## What the State said, section by section.

country-section-not-obligation =
    Эти вопросы не касаются обязательств по договору ({ $instrument }): ответы служат информацией
    для обзора.
country-section-does-not-apply = Неприменимо: { $reason }
country-label-qualifier = Условие:
country-label-applies = Условия применения:
country-label-not-applicable = Неприменимо:
country-label-unknown = Неизвестно:
country-label-scope = Сфера охвата:
country-label-flag = Отметка:
country-label-not-assessed = Еще не оценивались:
country-whole-article = По статье в целом
country-no-answer = Ответа пока нет.

## Unanswered questions.

country-unanswered-none = Ответы на все применимые вопросы даны.
country-unanswered-count = { $count ->
        [one] Пока не дан ответ на { $count } применимый вопрос.
        [few] Пока не дан ответ на { $count } применимых вопроса.
        [many] Пока не дан ответ на { $count } применимых вопросов.
       *[other] Пока не дан ответ на { $count } применимого вопроса.
    }
country-unanswered-count-required = { $count ->
        [one] Пока не дан ответ на { $count } применимый вопрос
        [few] Пока не дан ответ на { $count } применимых вопроса
        [many] Пока не дан ответ на { $count } применимых вопросов
       *[other] Пока не дан ответ на { $count } применимого вопроса
    }; из них обязательных для представления: { $required }.
country-required = обязательный

## Answers to questions that do not apply.

country-not-applying-intro =
    Эти ответы даны на вопросы, которые с учетом других ответов неприменимы, поэтому они не
    учитываются ни в одном из приведенных выше статусов. Они сохранены здесь, чтобы ничего из
    написанного государством не было утрачено.
country-not-counted = Не учитывается: { $reason }.

## Annex: measures cited.

country-annex-none = Меры не указаны.
country-col-measure = Мера
country-col-article-or-section = Статья или раздел
country-col-cited-for = Приводится в связи с

## The language the State wrote its answers in (header list).
country-label-answers-language = Язык ответов:
country-answers-as-written = { $language }: ответы приводятся в том виде, в каком они были написаны
