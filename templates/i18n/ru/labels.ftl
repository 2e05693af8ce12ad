# Russian message catalog (ru) of the words the reports share: the label of each reported status,
# force, flag, status of an answer set and disclosure, and the page titles. Same ids as
# templates/i18n/en/labels.ftl; only the text is translated. The instrument's name comes in the
# nominative, so the page titles set it apart with a dash rather than decline it.

## A reported status restates the State's answers in the words of the provision's force.
verdict-implemented = Осуществлено
verdict-partially-implemented = Осуществлено частично
verdict-not-implemented = Не осуществлено
verdict-considered = Рассмотрено
verdict-not-considered = Не рассмотрено
verdict-adopted = Принято
verdict-partially-adopted = Принято частично
verdict-not-adopted = Не принято
verdict-not-applicable = Неприменимо
verdict-not-assessed = Не оценивалось

verdict-short-implemented = Да
verdict-short-partially-implemented = Частично
verdict-short-not-implemented = Нет
verdict-short-considered = Рассм.
verdict-short-not-considered = Не рассм.
verdict-short-adopted = Принято
verdict-short-partially-adopted = Прин. ч.
verdict-short-not-adopted = Не прин.
verdict-short-not-applicable = н/п
verdict-short-not-assessed = –

force-mandatory = Обязательное
force-mandatory-qualified = Обязательное (с оговоренными условиями)
force-consider = Рассмотреть возможность
force-optional = Факультативное
force-conditional = Условное
force-interpretive = Толковательное

force-phrase-mandatory = обязательное
force-phrase-mandatory-qualified = обязательство с оговоренными условиями
force-phrase-consider = обязательство рассмотреть возможность
force-phrase-optional = факультативное
force-phrase-conditional = условное
force-phrase-interpretive = толковательное

flag-unsupported = Меры не указаны
flag-no-evidence-of-implementation = Примеры осуществления не приведены

status-draft = Черновик
status-submitted = Представлено

disclosure-restricted = Для ограниченного распространения
disclosure-secretariat = Секретариат
disclosure-public = Открытый доступ

## The title of each HTML page.
page-title-country = { $state }: ход осуществления — { $instrument }
page-title-comparative = Сравнительный обзор хода осуществления — { $instrument }
page-title-named = Для ограниченного распространения · Сравнительный обзор хода осуществления по государствам — { $instrument }
page-title-index = Страновые доклады — { $instrument }
page-title-diff = { $state }: изменения в ходе осуществления — { $instrument }
page-title-review = { $state }: обзор хода осуществления — { $instrument }
page-title-review-overview = Страновые обзоры: сводная информация для секретариата
page-title-review-diff = { $state }: изменения в обзоре

## A provision's reference: "Статья 8(1)(b)", and after another treaty's title.
provision-article = Статья { $ref }
provision-article-after-title = статья { $ref }

## The names of the six languages, for the language a State wrote its answers in.
language-ar = арабский
language-zh = китайский
language-en = английский
language-fr = французский
language-ru = русский
language-es = испанский

## Dates: `date` writes one from $day, $month (the name below) and $year, or $iso (YYYY-MM-DD).
date = { $day } { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
