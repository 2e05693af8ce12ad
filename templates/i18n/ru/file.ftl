# Russian message catalog (ru) of the comments saq writes into an answer file
# (saq init, fill, submit, serve) whose answers are in Russian (`language: ru`).
# Same ids as templates/i18n/en/file.ftl, where the comments say what each message is and
# what each variable holds; only the text is translated. Plain text: these lines become YAML
# comments, one message a line (saq wraps them). The YAML keys (answers:, state:,
# not-applicable:, unknown:, focal_point: …) and the values typed (yes, partly, restricted,
# secretariat, public …) stay as they are; the words for the levels of obligation are those
# of labels.ftl (force-phrase-…).
# The focal point is addressed as "Вы"; the names put in (State, instrument) stay in the
# nominative, after a colon or in «».

## The opening comment.
file-answers-of = { $state }: ответы на { $questionnaire } ({ $id } { $version }). Оцениваемый договор: { $instruments }.
file-instrument-title = { $instrument }
file-assesses-also = { $list }, а также положения договора «{ $instrument }»
file-how-to-answer = Впишите каждый ответ после ключа соответствующего вопроса вместо пустого значения. Строки, начинающиеся со знака `#`, являются комментариями: это вопрос, пояснения к нему, положение, которое он оценивает, и допустимые ответы. Вместо любого ответа можно указать { "{" }not-applicable: "причина"{ "}" } или { "{" }unknown: "причина"{ "}" }. Если вопрос задается только в определенных случаях, это указано: оставьте его пустым, если он неприменим.
file-how-to-commands = saq validate ФАЙЛ проверяет файл; saq status ФАЙЛ показывает, на какие вопросы еще предстоит ответить; saq fill ФАЙЛ задает вопросы по одному и сохраняет файл после каждого ответа (при этом файл перезаписывается в настоящем формате: Ваши собственные комментарии сохраняются в резервной копии, а не в файле); saq submit ФАЙЛ помечает ответы как представленные, после того как даны ответы на все обязательные вопросы.

## The header: the focal point, the review cycle, the source and the disclosure.
file-focal-point = Координатор, утверждающий ответы: удалите знаки # ниже и заполните поля.
file-optional-review-and-source = Факультативно: цикл обзора, к которому относятся эти ответы (его этап, охватываемый период), и источник ответов, например опубликованный национальный доклад: удалите знаки # ниже и заполните поля.
file-optional-review = Факультативно: цикл обзора, к которому относятся эти ответы (его этап, охватываемый период): удалите знаки # ниже и заполните поля.
file-optional-source = Факультативно: источник ответов, например опубликованный национальный доклад (со ссылкой): удалите знаки # ниже и заполните поля.
file-disclosure = Кто может видеть эти ответы с указанием названия государства при сопоставлении государств: restricted (ответы учитываются, но государство никогда не называется; значение по умолчанию), secretariat (государство называется в обзоре для ограниченного распространения, предназначенном для участников обзора и секретариата) или public (государство согласно на опубликование своих ответов).

## Sections and questions.
file-section-asked-when = Вопросы этого раздела задаются, только если { $condition }.
file-asked-when = Вопрос задается, только если { $condition }.
file-provision-quoted = Положение { $provision } ({ $force }): «{ $text }»
file-provision-quoted-above = Положение { $provision } ({ $force }), текст приведен выше.
file-force-mandatory = обязательное
file-force-mandatory-qualified = обязательство с оговоренными условиями
file-force-consider = обязательство рассмотреть возможность
file-force-optional = факультативное
file-force-conditional = условное
file-force-interpretive = толковательное
file-source = Источник: { $source }
file-required = Обязательный вопрос. { $hint }

## What a question takes. Choice ids are typed as they are; the label beside one is translated.
file-answer-one-of = Укажите одно из следующих значений: { $choices }.
file-answer-any-of = Укажите список из одного или нескольких следующих значений: { $choices }; например, [{ $first }].
file-choice = { $id } ({ $label })
file-answer-text = Ответьте текстом; если в нем несколько строк, поставьте | после двоеточия и напишите строки ниже с отступом.
file-answer-number = Укажите число.
file-answer-date = Укажите дату в формате ГГГГ-ММ-ДД.
file-answer-citations = Укажите список мер, для каждой — название и, при необходимости, статью и ссылку:
file-example-article = статья 12
file-example-measure = Закон № 5 2019 года
file-answer-table = Укажите список строк, каждая в виде `- { $example }`, со следующими столбцами: { $columns }.
file-column = { $id } ({ $about })
file-column-text = текст
file-column-number = число
file-column-date = дата
file-column-choice = выбор
file-column-required = обязательный
file-column-or = { " или " }
file-list-separator = { ", " }
file-column-separator = { "; " }

## Answers that are not where they should be.
file-not-questions = Ответы, идентификаторы которых не соответствуют ни одному вопросу этого вопросника: проверьте эти идентификаторы (подробнее — `saq validate`).
file-inactive = Отложенные ответы: после изменения одного из ответов выше соответствующие вопросы стали неприменимыми. Эти ответы не оцениваются; saq fill возвращает каждый из них в раздел `answers:`, когда соответствующий вопрос снова становится применимым.
