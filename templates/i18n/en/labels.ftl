# The words the reports share: the label of each reported status, force, flag, status of an
# answer set and disclosure, and the page titles. templates/labels.j2 maps the values of the
# reports to these messages; every language has the same ids.

## A reported status restates the State's answers in the words of the provision's force.
verdict-implemented = Implemented
verdict-partially-implemented = Partially implemented
verdict-not-implemented = Not implemented
verdict-considered = Considered
verdict-not-considered = Not considered
verdict-adopted = Adopted
verdict-partially-adopted = Adopted in part
verdict-not-adopted = Not adopted
verdict-not-applicable = Not applicable
verdict-not-assessed = Not assessed

verdict-short-implemented = Yes
verdict-short-partially-implemented = Part
verdict-short-not-implemented = No
verdict-short-considered = Cons
verdict-short-not-considered = NoCons
verdict-short-adopted = Adopt
verdict-short-partially-adopted = PartAdopt
verdict-short-not-adopted = NotAdopt
verdict-short-not-applicable = n/a
verdict-short-not-assessed = –

force-mandatory = Mandatory
force-mandatory-qualified = Mandatory (qualified)
force-consider = Shall consider
force-optional = Optional
force-conditional = Conditional
force-interpretive = Interpretive

force-phrase-mandatory = mandatory
force-phrase-mandatory-qualified = qualified obligation
force-phrase-consider = obligation to consider
force-phrase-optional = optional
force-phrase-conditional = conditional
force-phrase-interpretive = interpretive

flag-unsupported = No measure cited
flag-no-evidence-of-implementation = No example of implementation

status-draft = Draft
status-submitted = Submitted

disclosure-restricted = Restricted
disclosure-secretariat = Secretariat
disclosure-public = Public

## The title of each HTML page.
page-title-country = { $state }: implementation of the { $instrument }
page-title-comparative = Comparative view: implementation of the { $instrument }
page-title-named = Restricted · Named comparative view: implementation of the { $instrument }
page-title-index = Country reports: { $instrument }
page-title-diff = { $state }: what changed in the implementation of the { $instrument }
page-title-review = { $state }: review of the implementation of the { $instrument }
page-title-review-overview = Country reviews: overview for the secretariat
page-title-review-diff = { $state }: what changed in the review

## A provision's reference: "Article 8(1)(b)", and after another treaty's title.
provision-article = Article { $ref }
provision-article-after-title = article { $ref }

## The names of the six languages, for the language a State wrote its answers in.
language-ar = Arabic
language-zh = Chinese
language-en = English
language-fr = French
language-ru = Russian
language-es = Spanish

## Dates: `date` writes one from $day, $month (the name below) and $year, or $iso (YYYY-MM-DD).
# English reports keep the ISO form (YYYY-MM-DD).
date = { $iso }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
