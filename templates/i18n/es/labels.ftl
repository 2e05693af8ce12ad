# Spanish message catalog (es) of the words the reports share: the label of each reported status,
# force, flag, status of an answer set and disclosure, and the page titles. Same ids as
# templates/i18n/en/labels.ftl; only the text is translated.

## A reported status restates the State's answers in the words of the provision's force.
verdict-implemented = Aplicado
verdict-partially-implemented = Aplicado parcialmente
verdict-not-implemented = No aplicado
verdict-considered = Examinado
verdict-not-considered = No examinado
verdict-adopted = Adoptado
verdict-partially-adopted = Adoptado en parte
verdict-not-adopted = No adoptado
verdict-not-applicable = No procede
verdict-not-assessed = No evaluado

verdict-short-implemented = Sí
verdict-short-partially-implemented = Parcial
verdict-short-not-implemented = No
verdict-short-considered = Examin.
verdict-short-not-considered = No exam.
verdict-short-adopted = Adoptado
verdict-short-partially-adopted = Ad. parc.
verdict-short-not-adopted = No adop.
verdict-short-not-applicable = No proc.
verdict-short-not-assessed = –

force-mandatory = Obligatoria
force-mandatory-qualified = Obligatoria (sujeta a condiciones)
force-consider = Considerará la posibilidad
force-optional = Facultativa
force-conditional = Condicional
force-interpretive = Interpretativa

force-phrase-mandatory = obligatoria
force-phrase-mandatory-qualified = obligación sujeta a condiciones
force-phrase-consider = obligación de considerar la posibilidad
force-phrase-optional = facultativa
force-phrase-conditional = condicional
force-phrase-interpretive = interpretativa

flag-unsupported = No se cita ninguna medida
flag-no-evidence-of-implementation = No se da ningún ejemplo de aplicación

status-draft = Borrador
status-submitted = Presentado

disclosure-restricted = Distribución reservada
disclosure-secretariat = Secretaría
disclosure-public = Público

## The title of each HTML page.
page-title-country = { $state }: aplicación del { $instrument }
page-title-comparative = Vista comparativa: aplicación del { $instrument }
page-title-named = Distribución reservada · Vista comparativa por Estado: aplicación del { $instrument }
page-title-index = Informes de los países: { $instrument }
page-title-diff = { $state }: cambios en la aplicación del { $instrument }
page-title-review = { $state }: examen de la aplicación del { $instrument }
page-title-review-overview = Exámenes de los países: panorama general para la secretaría
page-title-review-diff = { $state }: cambios en el examen

## A provision's reference: "Artículo 8(1)(b)", and after another treaty's title.
provision-article = Artículo { $ref }
provision-article-after-title = artículo { $ref }

## The names of the six languages, for the language a State wrote its answers in.
language-ar = árabe
language-zh = chino
language-en = inglés
language-fr = francés
language-ru = ruso
language-es = español

## Dates: `date` writes one from $day, $month (the name below) and $year, or $iso (YYYY-MM-DD).
date = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
