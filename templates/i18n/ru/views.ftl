# views messages (ru): see templates/i18n/en/views.ftl for the ids.
#
# Russian message catalog (ru) of the views (comparative.md.j2, comparative-named.md.j2,
# index.md.j2, diff.md.j2) and of the words of their charts. Same ids as
# templates/i18n/en/views.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. The views never rank States: every message says so
# where the English does. Terms as in labels.ftl and country.ftl: «сравнительный обзор»
# (comparative view), «сравнительный обзор по государствам» (named view), «для ограниченного
# распространения» (restricted), «заявленный статус», «пробел», «комплект ответов» (answer set),
# «черновик» (draft), «координатор» (focal point), «заключение о соблюдении требований». Names
# come in the nominative, as a subject or after a colon. Numbers that govern a noun choose
# one/few/many/other.

## comparative.md.j2: the comparative view. It names no State and ranks none.

comparative-title = Сравнительный обзор хода осуществления — { $instrument }
comparative-questionnaire =
    Ответы на вопросник для самооценки «{ $title }» (версия
    { $version }).
comparative-disclaimer = *В настоящем сравнительном обзоре описываются меры, о которых государства сообщили в своих самооценках. В нем
    не называется ни одно государство и не проводится ранжирование государств; он не является заключением о соблюдении требований.
    Данные относятся к положениям: сколько государств сообщают о том, что каждое из них осуществлено, осуществлено частично,
    не осуществлено или неприменимо. Непринятие государством факультативной меры пробелом не является.*
comparative-drafts-note = *Включая { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    }: черновик — это еще
    не ответы, утвержденные координатором государства.*

comparative-covers = Охват настоящего обзора
comparative-covers-counted = **Учтено комплектов ответов:** { $counted }{ $all_counted ->
        [yes] {""}
       *[no] {" "}из { $reported } представленных
    }{ $one_per_state ->
        [yes] {""}
       *[no] , от { $states ->
            [one] { $states } государства
            [few] { $states } государств
            [many] { $states } государств
           *[other] { $states } государства
        } (государство, представившее два комплекта ответов, например за два цикла обзора, учитывается дважды)
    }.
comparative-covers-left-out = **Не учтено:** { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    }. Черновики
    учитываются только по запросу (`saq report --include-drafts`): черновик — это еще не ответы,
    утвержденные координатором государства.
comparative-covers-drafts = **Черновики:** данные включают { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    }.
comparative-covers-cycles = **Циклы обзора:** { $cycles }.
comparative-cycle = { $cycle } ({ $count ->
        [one] { $count } комплект ответов
        [few] { $count } комплекта ответов
        [many] { $count } комплектов ответов
       *[other] { $count } комплекта ответов
    })
comparative-cycle-period = период { $period }
comparative-cycle-not-stated = не указан
comparative-covers-sources = **Источники:** { $with_source ->
        [0] ни в одном из учтенных комплектов ответов не указано, откуда взяты ответы.
        [one] происхождение ответов указано в { $with_source } комплекте ответов из общего
            числа учтенных ({ $counted }); его источник назван в соответствующем страновом
            докладе.
        [few] происхождение ответов указано в { $with_source } комплектах ответов из общего числа учтенных ({ $counted }); источник каждого
            из них назван в соответствующем страновом докладе.
        [many] происхождение ответов указано в { $with_source } комплектах ответов из общего числа учтенных ({ $counted }); источник каждого
            из них назван в соответствующем страновом докладе.
       *[other] происхождение ответов указано в { $with_source } комплекта ответов из общего числа учтенных ({ $counted }); источник каждого
            из них назван в соответствующем страновом докладе.
    }
comparative-covers-no-state-named = **Ни одно государство не названо.** Режим распространения учтенных комплектов ответов: для ограниченного
    распространения — { $restricted }, секретариат — { $secretariat }, открытый доступ — { $public }.
    Матрица «положения × государства» по государствам, комплекты ответов которых это допускают (секретариат или открытый доступ),
    представляет собой отдельный обзор, предназначенный только для участников процесса обзора и секретариата (`saq report --named`).
comparative-few-answer-sets =
    > **Если учтено менее трех комплектов ответов, эти данные могут раскрыть сведения, сообщенные отдельным государством.**
    > Распространяйте настоящий обзор только так, как распространяли бы ответы самих государств.
comparative-nothing-counted = Ни один комплект ответов не учтен, поэтому сравнивать нечего.

comparative-col-provision = Положение
comparative-col-obligation = Обязательство
comparative-col-assessed = Оценено
comparative-col-implemented = Осуществлено
comparative-col-in-part = Частично
comparative-col-not = Нет
comparative-col-considered = Рассмотрено
comparative-col-not-adopted = Факультативное, не принято
comparative-col-not-applicable = Неприменимо
comparative-col-not-assessed = Не оценивалось
comparative-col-article = Статья

comparative-provisions = Положения: данные по государствам
comparative-provisions-intro =
    В графе «{ comparative-col-assessed }» указывается число государств, указавших статус положения (включая «неприменимо»); всего
    учтено государств: { $counted }. В графе «{ comparative-col-implemented }» учитываются также принятые факультативные и рассмотренные меры; в графе «{ comparative-col-not }» —
    неосуществленные обязательства и нерассмотренные меры, которые требовалось рассмотреть.
comparative-assessed-of = { $assessed } из { $counted }

comparative-by-article = По статьям
comparative-by-article-intro = Данные по учтенным государствам и положениям каждой статьи.
comparative-article = { $article }. { $title }
comparative-article-other = { $instrument }, статья { $article }. { $title }

comparative-gaps = Где сосредоточены пробелы
comparative-gaps-none =
    Ни одно из учтенных государств не сообщает о неосуществленном или частично осуществленном обязательстве
    среди положений, которые оно оценило.
comparative-gaps-intro =
    Обязательства, которые, по сообщениям государств, не осуществлены или осуществлены частично (или, в случае
    обязательства рассмотреть возможность, не рассмотрены): сначала обязательные положения, затем обязательства
    с оговоренными условиями, условные положения и обязательства рассмотреть возможность, в каждой группе — начиная
    с наиболее часто указываемых. Пробелы по каждому положению подсчитываются среди государств, оценивших его:
    государство, не давшее ответа по положению, не сообщает по нему ни о пробеле, ни об осуществлении.
comparative-col-states-with-gap = Государства, сообщающие о пробеле
comparative-col-not-implemented = Не осуществлено или не рассмотрено
comparative-col-partially = Частично
comparative-gap-states = { $gap } из { $assessed } { $assessed ->
        [one] государства, оценившего положение
        [few] государств, оценивших положение
        [many] государств, оценивших положение
       *[other] государства, оценившего положение
    }

comparative-assistance = Потребности в технической помощи
comparative-assistance-none = Ни одно из учтенных государств не запрашивает в своих ответах техническую помощь.
comparative-assistance-intro =
    Число учтенных государств (всего учтено: { $counted }), запрашивающих каждый вид помощи, и статьи,
    по которым она запрашивается.
comparative-col-kind = Вид помощи
comparative-col-states-requesting = Запрашивающие государства
comparative-col-articles-states = Статьи (государства)
comparative-col-states-requesting-assistance = Государства, запрашивающие помощь
comparative-col-kinds-states = Виды помощи (государства)

## comparative-named.md.j2: the named view, restricted. States appear in alphabetical order and
## are never ranked.

named-restricted = Для ограниченного распространения: только для участников процесса обзора и секретариата.
named-title = Сравнительный обзор хода осуществления по государствам — { $instrument }
named-notice =
    > **{ named-restricted }** В настоящем обзоре названы государства,
    > комплекты ответов которых это допускают (`disclosure: secretariat` или `public`), с указанием статуса,
    > заявленного каждым из них по каждому положению. Дальнейшей передаче не подлежит. В сопутствующем сравнительном
    > обзоре приводятся те же данные без указания названий государств.
named-questionnaire =
    Ответы на вопросник для самооценки «{ $title }» (версия
    { $version }).
named-state-draft = { $state } ({ named-draft })
named-review-period = (период { $period })
named-drafts-note = *Включая { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    } с пометкой «({ named-draft })».*
named-draft = черновик
named-count = **Названы:** { $count ->
        [0] { $count } государств
        [one] { $count } государство, в алфавитном порядке
        [few] { $count } государства, в алфавитном порядке
        [many] { $count } государств, в алфавитном порядке
       *[other] { $count } государства, в алфавитном порядке
    }.
named-not-named = **Не названы:** { $count ->
        [one] { $count } государство не названо: его ответы предназначены для ограниченного распространения.
        [few] { $count } государства не названы: их ответы предназначены для ограниченного распространения.
        [many] { $count } государств не названы: их ответы предназначены для ограниченного распространения.
       *[other] { $count } государства не названы: их ответы предназначены для ограниченного распространения.
    }
named-drafts = **Черновики:** обзор включает { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    } с пометкой «({ named-draft })».
named-left-out = **Не учтено:** { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    } (черновики учитываются только
    при использовании `saq report --include-drafts`).
named-disclaimer = *Государства перечислены в алфавитном порядке; обзор не содержит ранжирования государств и не является
    заключением о соблюдении требований. Каждый статус воспроизводит сведения, сообщенные государством в его самооценке.*
named-pages = Страницы
named-pages-intro = Названные государства приводятся в алфавитном порядке, по { $size } на странице:
named-page = Государства с { $first } по { $last }: от { $from } до { $to }
named-no-matrix = Ни один из учтенных комплектов ответов не допускает указания названия государства, поэтому матрица не составляется.
named-states = Названные государства
named-col-state = Государство
named-col-code = Код
named-col-review = Обзор
named-col-source = Источник
named-col-status = Статус
named-col-disclosure = Распространение
named-col-answered = Ответы
named-matrix = Матрица «положения × государства»
named-matrix-legend =
    { verdict-short-implemented }: осуществлено; { verdict-short-partially-implemented }: осуществлено частично; { verdict-short-not-implemented }: не осуществлено; { verdict-short-considered }: рассмотрено; { verdict-short-not-considered }:
    не рассмотрено; { verdict-short-adopted }, { verdict-short-partially-adopted }, { verdict-short-not-adopted }: факультативная или рассмотренная мера принята, принята
    частично, не принята (не является пробелом); { verdict-short-not-applicable }: неприменимо; { verdict-short-not-assessed }: не оценивалось. Государства перечислены в алфавитном порядке.
named-group-one = Статья { $first }
named-group-two = Статьи { $first } и { $last }
named-group-range = Статьи { $first }–{ $last }

## index.md.j2: the index of a batch of country reports, for the secretariat. States appear in
## alphabetical order and are never ranked.

index-title = Страновые доклады — { $instrument }
index-questionnaire = Вопросник для самооценки «{ $title }», версия { $version }.
index-comparative = [Сравнительный обзор по всем государствам]({ $href }) охватывает
    { $count ->
        [one] { $count } комплект ответов
        [few] { $count } комплекта ответов
        [many] { $count } комплектов ответов
       *[other] { $count } комплекта ответов
    } и не называет ни одного государства.
index-named = [Сравнительный обзор по государствам]({ $href }) (для ограниченного распространения: только для
    участников процесса обзора и секретариата) называет государства, комплекты ответов которых это допускают.
index-disclaimer = *Для секретариата: в настоящем указателе перечислены все представленные комплекты ответов с названиями
    государств, независимо от режима распространения. Государства перечислены в алфавитном порядке. В докладах описываются
    меры, о которых сообщило каждое государство; доклады не являются ни ранжированием, ни заключением о соблюдении требований.*
index-col-state = Государство
index-col-code = Код
index-col-review = Обзор
index-col-source = Источник
index-col-status = Статус
index-col-disclosure = Распространение
index-col-answered = Ответы
index-col-comparative = Сравнительный обзор
index-review-period = (период { $period })
index-in-view-left-out = не учтен: черновик
index-in-view-named = учтен; назван
index-in-view-not-named = учтен; не назван (ограниченное распространение)
index-in-view-counted = учтен
index-note-left-out = Сравнительный обзор не охватывает { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    }
    (пометка «{ index-in-view-left-out }»): черновик — это еще не ответы, утвержденные координатором государства.
    Черновики учитываются при использовании `saq report --include-drafts`.
index-note-drafts-counted = Сравнительный обзор включает { $count ->
        [one] { $count } комплект ответов в статусе черновика
        [few] { $count } комплекта ответов в статусе черновика
        [many] { $count } комплектов ответов в статусе черновика
       *[other] { $count } комплекта ответов в статусе черновика
    } по
    просьбе секретариата (`--include-drafts`).
index-note-named =
    В сравнительном обзоре по государствам названы только те государства, в комплектах ответов которых указано
    `disclosure: secretariat` или `public`; государство с режимом ограниченного распространения (применяемым по
    умолчанию) учитывается, но никогда не называется.
index-failures = Комплекты ответов, по которым доклад не составлен
index-failures-intro = В этих файлах обнаружены ошибки; исправьте их и повторно запустите обработку пакета.

## diff.md.j2: what changed for one State between two answer sets. Neither a ranking nor a finding
## of compliance.

diff-title = { $state }: изменения в ходе осуществления — { $instrument }
diff-questionnaire = Сопоставление двух комплектов ответов на вопросник для самооценки «{ $title }».
diff-warning-different-states =
    > **Предупреждение:** в двух комплектах ответов указаны разные государства: { $old } и { $new }.
    > Ниже сопоставляются ответы двух государств, а не прогресс одного государства.
diff-warning-different-versions =
    > **Предупреждение:** два комплекта ответов относятся к разным версиям вопросника: { $old } и
    > { $new }. Указанное ниже изменение может быть вызвано изменением вопроса, а не ответа.
diff-col-earlier = Предыдущие ответы
diff-col-later = Последующие ответы
diff-row-state = Государство
diff-row-questionnaire = Вопросник
diff-row-status = Статус
diff-row-review = Цикл обзора
diff-row-period = Отчетный период
diff-row-source = Источник
diff-row-disclosure = Распространение
diff-row-started = Начало заполнения
diff-row-updated = Последнее обновление
diff-row-submitted = Дата представления
diff-row-answered = Применимые вопросы, на которые дан ответ
diff-questionnaire-version = { $id }, версия { $version }
diff-answered = { $answered } из { $applicable } ({ $percent } %)
diff-disclaimer-one-state = *В настоящем сопоставлении описываются меры, о которых { $state } сообщает в двух своих самооценках.
    Оно не является ни ранжированием государств, ни заключением о соблюдении требований: заявленные статусы воспроизводят
    собственные ответы государства и служат основой для диалога в рамках обзора
    и для оказания технической помощи. Доля вопросов, на которые дан ответ, показывает степень заполнения
    вопросника, а не степень осуществления.*
diff-disclaimer-two-states = *В настоящем сопоставлении описываются меры, о которых { $old } и { $new } сообщают в своих самооценках.
    Оно не является ни ранжированием государств, ни заключением о соблюдении требований: заявленные статусы воспроизводят
    собственные ответы государств и служат основой для диалога в рамках обзора
    и для оказания технической помощи. Доля вопросов, на которые дан ответ, показывает степень заполнения
    вопросника, а не степень осуществления.*

diff-summary = Сводные данные
diff-no-change =
    Изменений нет: в обоих комплектах ответов для каждого положения указан один и тот же статус, приводятся одни и те же меры
    и содержатся одни и те же просьбы о технической помощи.
diff-col-change = Изменение
diff-col-count = Число
diff-summary-improved = Положения, заявленный статус которых улучшился
diff-summary-regressed = Положения, заявленный статус которых ухудшился
diff-summary-changed = Положения, заявленный статус которых сменился на «неприменимо» или «не оценивалось» либо с него
diff-summary-unchanged = Положения, заявленный статус которых не изменился
diff-summary-measures = Положения, по которым меры приводятся впервые или больше не приводятся
diff-summary-opened = Новые просьбы о технической помощи
diff-summary-closed = Закрытые просьбы о технической помощи

diff-statuses = Заявленные статусы
diff-statuses-none = Заявленный статус ни одного положения не изменился.
diff-statuses-intro =
    Положения, заявленный статус которых изменился, в порядке статей договора. «Улучшение» и «ухудшение» определяются по
    шкале «нет, рассмотрено, частично, полностью» (не осуществлено, осуществлено частично, осуществлено; или
    не рассмотрено, рассмотрено, принято); смена статуса на «неприменимо» или «не оценивалось» либо с него не относится ни к тому, ни к другому.
diff-improved = Улучшение
diff-regressed = Ухудшение
diff-changed = Смена статуса на «неприменимо» или «не оценивалось» либо с него
diff-col-provision = Положение
diff-col-obligation = Обязательство
diff-col-before = Было
diff-col-after = Стало

diff-measures = Указанные меры
diff-measures-none = В обоих комплектах ответов приводятся одни и те же меры.
diff-measures-intro = Положения, по которым меры приводятся впервые или больше не приводятся, в порядке статей договора.
diff-col-newly-cited = Приводятся впервые
diff-col-no-longer-cited = Больше не приводятся

diff-assistance = Техническая помощь
diff-assistance-none = Новых или закрытых просьб о технической помощи нет.
diff-requests-opened = Новые просьбы
diff-requests-opened-intro = Виды помощи, которые запрашиваются в последующих ответах и не запрашивались в предыдущих.
diff-requests-closed = Закрытые просьбы
diff-requests-closed-intro = Виды помощи, которые запрашивались в предыдущих ответах и больше не запрашиваются в последующих.
diff-request-article = Статья { $article }. { $title }:
diff-kind-not-specified = вид не указан
diff-need-described = Описание потребности
diff-need-described-earlier = Прежнее описание потребности

## labels.j2: the words of the charts. The words in braces are filled in by saq: keep them as
## they are. In the tooltips, a group's label is put in lower case.

chart-group-implemented = Осуществлено или принято
chart-group-in-part = Частично
chart-group-considered = Рассмотрено
chart-group-not-implemented = Не осуществлено или не рассмотрено
chart-group-not-adopted = Факультативное, не принято
chart-group-not-applicable = Неприменимо
chart-group-not-assessed = Не оценивалось
chart-per-article-title = Заявленный статус по статьям, по учтенным государствам
chart-per-article-bar = Статья {"{"}article{"}"}: {"{"}status{"}"} — {"{"}count{"}"}
chart-heat-map-title = Матрица «положения × государства» (для ограниченного распространения)
chart-heat-map-draft = {"{"}state{"}"} (черновик)
chart-heat-map-cell = {"{"}state{"}"}: статья {"{"}provision{"}"}: {"{"}status{"}"}

## page.html.j2

page-charts = Диаграммы
# In a style sheet: no straight double quotes.
page-restricted-marking = Для ограниченного распространения: только для участников процесса обзора и секретариата
