# review messages (ru): see templates/i18n/en/review.ftl for the ids.
#
# Russian message catalog (ru) of the review templates (templates/review.md.j2,
# review-overview.md.j2, review-diff.md.j2). Same ids as templates/i18n/en/review.ftl, where the
# comments say where each message appears and what each variable is; only the text is
# translated. Terms of the UNTOC review mechanism: «письменные отзывы» (written feedback),
# «перечень замечаний», «резюме», «проводящие обзор государства», «государство, в отношении
# которого проводится обзор», «тематический блок» (cluster), «проект» (draft), «секретариат».
# Names come in the nominative: after «государство» in apposition, or as a subject.

## review.md.j2: the report of one country review.

review-title = { $state }: обзор хода осуществления — { $instrument }
review-intro =
    Доклад о страновом обзоре: письменные отзывы проводящих обзор государств с ответами государства
    { $state }, перечень замечаний и резюме к нему.

review-state-under-review = **Государство, в отношении которого проводится обзор:** { $state }
review-reviewing-states = **Проводящие обзор государства:**
review-reviewing-states-none = пока не указаны
review-reviewer = { $state }, проводящее обзор государство { $reviewer }
review-reviewer-experts = { $state }, проводящее обзор государство { $reviewer }; правительственные эксперты: { $experts }
review-list-separator = {", "}
review-questionnaire = **Вопросник:** «{ $title }» ({ $id }, версия { $version })
review-cluster-of-questionnaire = **Тематический блок обзора:** { $cluster }. { $title }
review-answers-submitted-on = **Рассмотренные ответы:** { $file }, представлены { $date }; хеш { $digest }
review-answers-submitted = **Рассмотренные ответы:** { $file }, представлены; хеш { $digest }
review-answers-draft = **Рассмотренные ответы:** { $file }, черновик; хеш { $digest }
review-answers = **Рассмотренные ответы:** { $file }; хеш { $digest }
review-cycle = **Цикл обзора:** { $cycle }
review-status-is-final = **Статус:** окончательный вариант: перечень замечаний и резюме к нему согласованы
review-status-is-draft = **Статус:** проект: обзор продолжается, и его текст еще может измениться
review-open = **Не завершено:** { $drafts ->
        [one] { $drafts } проект записи
        [few] { $drafts } проекта записей
        [many] { $drafts } проектов записей
       *[other] { $drafts } проекта записей
    }, { $unanswered ->
        [one] { $unanswered } вопрос
        [few] { $unanswered } вопроса
        [many] { $unanswered } вопросов
       *[other] { $unanswered } вопроса
    } без ответа, { $disputed ->
        [one] { $disputed } оспариваемое замечание
        [few] { $disputed } оспариваемых замечания
        [many] { $disputed } оспариваемых замечаний
       *[other] { $disputed } оспариваемого замечания
    }
review-caveat =
    Оговорка: { $drafts ->
        [one] { $drafts } запись настоящего обзора подготовлена
        [few] { $drafts } записи настоящего обзора подготовлены
        [many] { $drafts } записей настоящего обзора подготовлены
       *[other] { $drafts } записи настоящего обзора подготовлено
    }
    программой saq на основе ответов государства { $state } и { $drafts ->
        [one] помечена
        [few] помечены
        [many] помечены
       *[other] помечено
    } ниже словом «Проект». Проект воспроизводит
    или цитирует ответы; он не является формулировкой проводящих обзор государств, пока одно из них не примет его.
review-disclaimer =
    В настоящем докладе отражены диалог и замечания коллегиального обзора, основанные на самооценке
    государства { $state } и на диалоге. Он не содержит ни ранжирования государств, ни заключения о
    соблюдении требований.

review-written-feedback = Письменные отзывы
review-feedback-from = Отзыв государства { $name } (проводящее обзор государство { $reviewer })
review-reported-status-sentence = Заявленный статус: { $status }.
review-reported-status = заявленный статус: { $status }
review-question = **Вопрос**: { $question }
review-question-sent = **Вопрос** (направлен { $date }): { $question }
review-question-draft = **Проект вопроса, еще не являющийся формулировкой государства { $reviewer }**: { $question }
review-question-draft-sent = **Проект вопроса, еще не являющийся формулировкой государства { $reviewer }** (направлен { $date }): { $question }
review-reply = **Ответ государства { $state }**: { $reply }
review-reply-dated = **Ответ государства { $state }** ({ $date }): { $reply }
review-no-reply = Ответа пока нет.
review-no-questions = Вопросов от государства { $reviewer } пока нет.
review-no-reviewers = Проводящие обзор государства пока не указаны.

review-list-of-observations = Перечень замечаний
review-clusters-not-verified =
    Замечания сгруппированы по тематическим блокам обзора данного договора; распределение статей по
    блокам не проверено.
review-cluster = Тематический блок { $cluster }: { $title }
review-no-cluster = Статьи, не относящиеся ни к одному тематическому блоку
review-article = Статья { $article }
review-article-of = { $instrument }, статья { $article }
review-good-practices = Успешные результаты и виды практики:
review-challenges = Трудности и проблемы:
review-suggestions = Предложения:
review-assistance-needs = Потребности в технической помощи:
review-observation-draft = **Проект, еще не являющийся формулировкой проводящих обзор государств:**
review-observation-agreed = *{ $by }; { $state } выражает согласие.*
review-observation-disputed = *{ $by };* **Оспаривается государством { $state }.**
review-observation-pending = *{ $by }; согласие государства { $state } ожидается.*
review-observation-drafted = Подготовлено программой saq на основе ответов
review-observation-no-proposer = Автор предложения не указан
review-proposed-by-reviewer-named = Предложено государством { $name } (проводящее обзор государство { $reviewer })
review-proposed-by-reviewer = Предложено проводящим обзор государством { $reviewer }
review-proposed-by-state = Предложено государством, в отношении которого проводится обзор
review-proposed-by-secretariat = Предложено секретариатом
review-no-observations = Замечаний пока нет.

review-summary = Резюме
review-summary-not-agreed = Обзор находится на стадии проекта: настоящее резюме еще не согласовано.
review-summary-not-drafted = Пока не подготовлено.

## Shared by review-overview.md.j2 and review-diff.md.j2: the status of a review.
review-status-draft = проект
review-status-final = окончательный вариант

## review-overview.md.j2: the secretariat's overview of many country reviews.

review-overview-title = Страновые обзоры: сводная информация для секретариата
review-overview-reviews =
    { $reviews ->
        [one] Здесь представлен { $reviews } обзор
        [few] Здесь представлены { $reviews } обзора
        [many] Здесь представлено { $reviews } обзоров
       *[other] Здесь представлено { $reviews } обзора
    }:
    в стадии проекта — { $draft }, в окончательном варианте — { $final }.
review-overview-failures =
    { $failures ->
        [one] { $failures } файл обзора содержит ошибки, и доклад по нему не подготовлен
        [few] { $failures } файла обзоров содержат ошибки, и доклады по ним не подготовлены
        [many] { $failures } файлов обзоров содержат ошибки, и доклады по ним не подготовлены
       *[other] { $failures } файла обзоров содержат ошибки, и доклады по ним не подготовлены
    } (перечень приводится в конце).
review-overview-open =
    По всем обзорам: { $drafts ->
        [one] { $drafts } проект записи, еще не принятый
        [few] { $drafts } проекта записей, еще не принятых
        [many] { $drafts } проектов записей, еще не принятых
       *[other] { $drafts } проекта записей, еще не принятых
    } проводящим обзор
    государством; { $unanswered ->
        [one] { $unanswered } вопрос
        [few] { $unanswered } вопроса
        [many] { $unanswered } вопросов
       *[other] { $unanswered } вопроса
    } без ответа;
    { $disputed ->
        [one] { $disputed } замечание, оспариваемое
        [few] { $disputed } замечания, оспариваемых
        [many] { $disputed } замечаний, оспариваемых
       *[other] { $disputed } замечания, оспариваемых
    } государством, в отношении которого проводится обзор.
review-overview-disclaimer =
    Для секретариата. В настоящей сводной информации подсчитываются положения, а не государства:
    сколько обзоров выявляют трудности по каждому положению, а также выявленные в них потребности в
    технической помощи — по видам и статьям, в порядке следования в договоре. Она не содержит
    ранжирования государств, и государства упоминаются в ней только в приведенном ниже перечне
    обзоров. Проекты, подготовленные программой saq на основе ответов, не являются формулировками
    проводящих обзор государств и учитываются отдельно.

review-overview-reviews-heading = Обзоры
review-overview-alphabetical = Государства в алфавитном порядке.
review-overview-column-state = Государство, в отношении которого проводится обзор
review-overview-column-questionnaire = Вопросник
review-overview-column-cycle = Цикл
review-overview-column-status = Статус
review-overview-column-drafts = Проекты записей
review-overview-column-unanswered = Вопросы без ответа
review-overview-column-disputed = Оспариваемые замечания

review-overview-instrument-cluster = { $instrument }, тематический блок { $cluster }
review-overview-questionnaire =
    Вопросник «{ $title }», версия { $version }:
    { $reviews ->
        [one] { $reviews } обзор
        [few] { $reviews } обзора
        [many] { $reviews } обзоров
       *[other] { $reviews } обзора
    }.
review-overview-challenges = Трудности по положениям
review-overview-column-provision = Положение
review-overview-column-challenge = Обзоры, в которых выявлены трудности
review-overview-column-challenge-disputed = В том числе оспариваемые
review-overview-column-draft-only = Обзоры, в которых есть только проект
review-overview-no-challenges = Ни в одном обзоре трудности пока не выявлены.
review-overview-assistance = Потребности в технической помощи
review-overview-column-kind = Вид
review-overview-column-article = Статья
review-overview-column-provisions = Положения
review-overview-column-assistance = Обзоры, в которых она выявлена
review-overview-article = Статья { $article }
review-overview-no-assistance = Ни в одном обзоре потребности в технической помощи пока не выявлены.

review-overview-failures-heading = Файлы обзоров, по которым доклад не подготовлен
review-overview-failures-intro = В этих файлах обнаружены ошибки; исправьте их и сформируйте доклад снова.

## review-diff.md.j2: what changed between two versions of one country review.

review-diff-title = { $state }: изменения в обзоре
review-diff-versions = Изменения от версии { $old } ({ $old_status }) к версии { $new } ({ $new_status }).
review-diff-answers-changed = **В двух версиях рассматриваются разные ответы**: хеш рассмотренных ответов изменился.
    Записи, подготовленные на основе прежних ответов, могут больше им не соответствовать.
review-diff-no-changes = Ни вопросы, ни замечания, ни резюме не изменились.
review-diff-written-feedback = { review-written-feedback }
review-diff-list-of-observations = { review-list-of-observations }
review-diff-summary = { review-summary }
review-diff-added = Добавлено
review-diff-withdrawn = Отозвано
review-diff-accepted = Проект принят без изменений
review-diff-accepted-rewritten = Проект принят с изменениями
review-diff-rewritten = Изменена формулировка
review-diff-replied = Ответ государства
review-diff-reply-changed = Ответ изменен
review-diff-agreed = Согласие государства
review-diff-disputed = Оспорено государством
review-diff-good-practice = успешная практика
review-diff-challenge = трудность
review-diff-suggestion = предложение
review-diff-assistance-need = потребность в технической помощи
review-diff-before = Было: { $text }
review-diff-after = Стало: { $text }
