# French message catalog (fr) of the words the reports share: the label of each reported status,
# force, flag, status of an answer set and disclosure, and the page titles. Same ids as
# templates/i18n/en/labels.ftl; only the text is translated.

## A reported status restates the State's answers in the words of the provision's force.
verdict-implemented = Appliqué
verdict-partially-implemented = Partiellement appliqué
verdict-not-implemented = Non appliqué
verdict-considered = Envisagé
verdict-not-considered = Non envisagé
verdict-adopted = Adopté
verdict-partially-adopted = Adopté en partie
verdict-not-adopted = Non adopté
verdict-not-applicable = Sans objet
verdict-not-assessed = Non évalué

verdict-short-implemented = Oui
verdict-short-partially-implemented = Partiel
verdict-short-not-implemented = Non
verdict-short-considered = Envisagé
verdict-short-not-considered = Non env.
verdict-short-adopted = Adopté
verdict-short-partially-adopted = Ad. part.
verdict-short-not-adopted = Non adop.
verdict-short-not-applicable = s.o.
verdict-short-not-assessed = –

force-mandatory = Obligatoire
force-mandatory-qualified = Obligatoire (assortie de conditions)
force-consider = Doit envisager
force-optional = Facultative
force-conditional = Conditionnelle
force-interpretive = Interprétative

force-phrase-mandatory = obligatoire
force-phrase-mandatory-qualified = obligation assortie de conditions
force-phrase-consider = obligation d'envisager
force-phrase-optional = facultative
force-phrase-conditional = conditionnelle
force-phrase-interpretive = interprétative

flag-unsupported = Aucune mesure citée
flag-no-evidence-of-implementation = Aucun exemple d'application

status-draft = Brouillon
status-submitted = Soumis

disclosure-restricted = Diffusion restreinte
disclosure-secretariat = Secrétariat
disclosure-public = Public

## The title of each HTML page.
page-title-country = { $state } : application du { $instrument }
page-title-comparative = Vue comparative : application du { $instrument }
page-title-named = Diffusion restreinte · Vue comparative par État : application du { $instrument }
page-title-index = Rapports de pays : { $instrument }
page-title-diff = { $state } : changements intervenus dans l'application du { $instrument }
page-title-review = { $state } : examen de l'application du { $instrument }
page-title-review-overview = Examens de pays : vue d'ensemble à l'intention du secrétariat
page-title-review-diff = { $state } : changements intervenus dans l'examen

## A provision's reference: "Article 8(1)(b)", and after another treaty's title.
provision-article = Article { $ref }
provision-article-after-title = article { $ref }

## The names of the six languages, for the language a State wrote its answers in.
language-ar = arabe
language-zh = chinois
language-en = anglais
language-fr = français
language-ru = russe
language-es = espagnol

## Dates: `date` writes one from $day, $month (the name below) and $year, or $iso (YYYY-MM-DD).
date = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
