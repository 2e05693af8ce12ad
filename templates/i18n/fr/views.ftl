# views messages (fr): see templates/i18n/en/views.ftl for the ids.
#
# Les vues comparatives ne classent jamais les États : chaque message le rappelle où l'anglais le
# dit. Espaces insécables avant « : » et « ; », à l'intérieur des guillemets et avant « % ».

## comparative.md.j2 : la vue comparative. Elle ne nomme aucun État et n'en classe aucun.

comparative-title = Vue comparative : application du { $instrument }
comparative-questionnaire =
    Réponses au questionnaire d'auto-évaluation « { $title } » (version
    { $version }).
comparative-disclaimer = *La présente vue comparative décrit les mesures que les États ont déclarées dans leurs auto-évaluations. Elle
    ne nomme aucun État et n'établit aucun classement des États ; elle ne constitue pas une constatation de conformité. Les chiffres portent sur
    les dispositions : combien d'États déclarent chacune appliquée, en partie, non appliquée ou sans objet. Une
    mesure facultative qu'un État n'a pas adoptée ne constitue pas une lacune.*
comparative-drafts-note = *Y compris { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    } : un projet n'est pas
    ce que le point focal de l'État a validé.*

comparative-covers = Portée de la présente vue
comparative-covers-counted = **Jeux de réponses pris en compte :** { $counted }{ $all_counted ->
        [yes] {""}
       *[no] {" "}sur les { $reported } communiqués
    }{ $one_per_state ->
        [yes] {""}
       *[no] , émanant de { $states ->
            [one] { $states } État
           *[other] { $states } États
        } (un État ayant communiqué deux jeux de réponses, par exemple pour deux cycles d'examen, est compté deux fois)
    }.
comparative-covers-left-out = **Non pris en compte :** { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    }. Les projets ne sont
    pris en compte que sur demande (`saq report --include-drafts`) : un projet n'est pas ce que le point focal
    de l'État a validé.
comparative-covers-drafts = **Projets :** les chiffres incluent { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    }.
comparative-covers-cycles = **Cycles d'examen :** { $cycles }.
comparative-cycle = { $cycle } ({ $count ->
        [one] { $count } jeu de réponses
       *[other] { $count } jeux de réponses
    })
comparative-cycle-period = période { $period }
comparative-cycle-not-stated = non précisé
comparative-covers-sources = **Sources :** { $with_source ->
        [0] aucun jeu de réponses pris en compte n'indique la provenance de ses réponses.
        [one] { $with_source } des { $counted } jeux de réponses indique
            la provenance de ses réponses ; le rapport de pays correspondant
            cite sa source.
       *[other] { $with_source } des { $counted } jeux de réponses indiquent la provenance de leurs réponses ; le rapport de pays
            de chacun cite sa source.
    }
comparative-covers-no-state-named = **Aucun État n'est nommé.** Diffusion des jeux de réponses pris en compte : { $restricted }
    en diffusion restreinte, { $secretariat } au secrétariat, { $public } publics. La
    matrice dispositions × États des États dont les jeux de réponses le permettent (secrétariat ou public) est une
    vue distincte, réservée aux participants à l'examen et au secrétariat (`saq report --named`).
comparative-few-answer-sets =
    > **Avec moins de trois jeux de réponses pris en compte, ces chiffres peuvent révéler ce qu'un État a déclaré.**
    > Ne diffusez la présente vue que comme vous diffuseriez les réponses mêmes des États.
comparative-nothing-counted = Aucun jeu de réponses n'est pris en compte : il n'y a rien à comparer.

comparative-col-provision = Disposition
comparative-col-obligation = Obligation
comparative-col-assessed = Évaluée
comparative-col-implemented = Appliquée
comparative-col-in-part = En partie
comparative-col-not = Non
comparative-col-considered = Envisagée
comparative-col-not-adopted = Facultative, non adoptée
comparative-col-not-applicable = Sans objet
comparative-col-not-assessed = Non évaluée
comparative-col-article = Article

comparative-provisions = Dispositions, tous États confondus
comparative-provisions-intro =
    « { comparative-col-assessed } » compte les États qui ont attribué une situation à la disposition (sans objet compris), sur les
    { $counted } États pris en compte. « { comparative-col-implemented } » compte aussi les mesures facultatives et envisagées qui ont été adoptées ; « { comparative-col-not } »
    compte les obligations non appliquées et les mesures qui devaient être envisagées et ne l'ont pas été.
comparative-assessed-of = { $assessed } sur { $counted }

comparative-by-article = Par article
comparative-by-article-intro = Chiffres portant sur les États pris en compte et sur les dispositions de chaque article.
comparative-article = { $article }. { $title }
comparative-article-other = { $instrument }, article { $article }. { $title }

comparative-gaps = Concentration des lacunes
comparative-gaps-none =
    Aucun État pris en compte ne déclare une obligation non appliquée ou partiellement appliquée, parmi les dispositions que chacun
    a évaluées.
comparative-gaps-intro =
    Obligations que des États déclarent non appliquées ou partiellement appliquées (ou, pour une disposition
    « doit envisager », non envisagées) : les obligations impératives d'abord, puis celles assorties de conditions, les obligations conditionnelles et
    celles de « doit envisager », chaque fois les plus souvent déclarées en premier. Les lacunes de chaque disposition sont comptées
    parmi les États qui l'ont évaluée : un État qui n'a pas répondu sur une disposition n'y déclare aucune lacune,
    ni aucune application.
comparative-col-states-with-gap = États déclarant une lacune
comparative-col-not-implemented = Non appliquée ou non envisagée
comparative-col-partially = En partie
comparative-gap-states = { $gap } parmi les { $assessed } { $assessed ->
        [one] État qui l'a évaluée
       *[other] États qui l'ont évaluée
    }

comparative-assistance = Demandes d'assistance technique
comparative-assistance-none = Aucun État pris en compte ne demande d'assistance technique dans ses réponses.
comparative-assistance-intro =
    Nombre des { $counted } États pris en compte qui demandent chaque type d'assistance, et pour quels
    articles.
comparative-col-kind = Type d'assistance
comparative-col-states-requesting = États demandeurs
comparative-col-articles-states = Articles (États)
comparative-col-states-requesting-assistance = États demandant une assistance
comparative-col-kinds-states = Types (États)

## comparative-named.md.j2 : la vue nominative, en diffusion restreinte. Les États y figurent par
## ordre alphabétique et ne sont jamais classés.

named-restricted = Diffusion restreinte : réservée aux participants à l'examen et au secrétariat.
named-title = Vue comparative par État : application du { $instrument }
named-notice =
    > **{ named-restricted }** La présente vue nomme les États
    > dont les jeux de réponses le permettent (`disclosure: secretariat` ou `public`), avec la situation que chacun
    > déclare pour chaque disposition. Ne pas la transmettre. La vue comparative qui l'accompagne donne les mêmes
    > chiffres sans nommer aucun État.
named-questionnaire =
    Réponses au questionnaire d'auto-évaluation « { $title } » (version
    { $version }).
named-state-draft = { $state } ({ named-draft })
named-review-period = (période { $period })
named-drafts-note = *Y compris { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    }, avec la mention « ({ named-draft }) ».*
named-draft = projet
named-count = **États nommés :** { $count ->
        [0] aucun
        [one] { $count }, par ordre alphabétique
       *[other] { $count }, par ordre alphabétique
    }.
named-not-named = **États non nommés :** { $count ->
        [one] { $count } État n'est pas nommé : ses réponses sont en diffusion restreinte.
       *[other] { $count } États ne sont pas nommés : leurs réponses sont en diffusion restreinte.
    }
named-drafts = **Projets :** la vue inclut { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    }, avec la mention « ({ named-draft }) ».
named-left-out = **Non pris en compte :** { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    } (pris en compte uniquement avec
    `saq report --include-drafts`).
named-disclaimer = *Les États sont présentés par ordre alphabétique ; la vue n'établit aucun classement des États et ne constitue pas une constatation
    de conformité. Chaque situation reprend ce que l'État a déclaré dans son auto-évaluation.*
named-pages = Pages
named-pages-intro = Les États nommés sont présentés par pages de { $size }, par ordre alphabétique :
named-page = États { $first } à { $last } : de { $from } à { $to }
named-no-matrix = Aucun jeu de réponses pris en compte ne permet de nommer son État : il n'y a pas de matrice à présenter.
named-states = États nommés
named-col-state = État
named-col-code = Code
named-col-review = Examen
named-col-source = Source
named-col-status = Statut
named-col-disclosure = Diffusion
named-col-answered = Réponses
named-matrix = Matrice dispositions × États
named-matrix-legend =
    { verdict-short-implemented } : appliquée ; { verdict-short-partially-implemented } : partiellement appliquée ; { verdict-short-not-implemented } : non appliquée ; { verdict-short-considered } : envisagée ; { verdict-short-not-considered } :
    non envisagée ; { verdict-short-adopted }, { verdict-short-partially-adopted }, { verdict-short-not-adopted } : mesure facultative ou envisagée adoptée, adoptée en
    partie, non adoptée (pas une lacune) ; { verdict-short-not-applicable } : sans objet ; { verdict-short-not-assessed } : non évaluée. États par ordre alphabétique.
named-group-one = Article { $first }
named-group-two = Articles { $first } et { $last }
named-group-range = Articles { $first } à { $last }

## index.md.j2 : l'index d'un lot de rapports de pays, à l'intention du secrétariat. Les États y
## figurent par ordre alphabétique et ne sont jamais classés.

index-title = Rapports de pays : { $instrument }
index-questionnaire = Questionnaire d'auto-évaluation « { $title } », version { $version }.
index-comparative = [La vue comparative des États]({ $href }) prend en compte
    { $count ->
        [one] { $count } jeu de réponses
       *[other] { $count } jeux de réponses
    } et ne nomme aucun État.
index-named = [La vue par État]({ $href }) (diffusion restreinte : réservée aux participants
    à l'examen et au secrétariat) nomme les États dont les jeux de réponses le permettent.
index-disclaimer = *À l'intention du secrétariat : le présent index énumère chaque jeu de réponses communiqué, nommément, quelle que soit sa
    diffusion. Les États sont présentés par ordre alphabétique. Les rapports décrivent les mesures que chaque
    État a déclarées et ne constituent ni un classement ni une constatation de conformité.*
index-col-state = État
index-col-code = Code
index-col-review = Examen
index-col-source = Source
index-col-status = Statut
index-col-disclosure = Diffusion
index-col-answered = Réponses
index-col-comparative = Vue comparative
index-review-period = (période { $period })
index-in-view-left-out = non pris en compte : projet
index-in-view-named = pris en compte ; nommé
index-in-view-not-named = pris en compte ; non nommé (diffusion restreinte)
index-in-view-counted = pris en compte
index-note-left-out = La vue comparative ne prend pas en compte { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    }
    (mention « { index-in-view-left-out } ») : un projet n'est pas ce que le point focal de l'État a validé. `saq report
    --include-drafts` prend les projets en compte.
index-note-drafts-counted = La vue comparative inclut { $count ->
        [one] { $count } jeu de réponses à l'état de projet
       *[other] { $count } jeux de réponses à l'état de projet
    }, à
    la demande du secrétariat (`--include-drafts`).
index-note-named =
    La vue par État ne nomme que les États dont les jeux de réponses indiquent `disclosure: secretariat` ou
    `public` ; un État en diffusion restreinte (le cas par défaut) est compté, jamais nommé.
index-failures = Jeux de réponses sans rapport
index-failures-intro = Ces fichiers présentent des problèmes ; corrigez-les et relancez le traitement du lot.

## diff.md.j2 : ce qui a changé pour un État entre deux jeux de réponses. Ni un classement ni une
## constatation de conformité.

diff-title = { $state } : changements intervenus dans l'application du { $instrument }
diff-questionnaire = Comparaison de deux jeux de réponses au questionnaire d'auto-évaluation « { $title } ».
diff-warning-different-states =
    > **Avertissement :** les deux jeux de réponses nomment des États différents, { $old } et { $new }.
    > Les changements ci-dessous comparent les réponses de deux États, et non les progrès d'un seul État.
diff-warning-different-versions =
    > **Avertissement :** les deux jeux de réponses portent sur des versions différentes du questionnaire, { $old } et
    > { $new }. Un changement ci-dessous peut provenir d'une question modifiée plutôt que d'une réponse modifiée.
diff-col-earlier = Réponses antérieures
diff-col-later = Réponses ultérieures
diff-row-state = État
diff-row-questionnaire = Questionnaire
diff-row-status = Statut
diff-row-review = Cycle d'examen
diff-row-period = Période considérée
diff-row-source = Source
diff-row-disclosure = Diffusion
diff-row-started = Commencé le
diff-row-updated = Dernière mise à jour
diff-row-submitted = Soumis le
diff-row-answered = Questions applicables ayant reçu une réponse
diff-questionnaire-version = { $id }, version { $version }
diff-answered = { $answered } sur { $applicable } ({ $percent } %)
diff-disclaimer-one-state = *La présente comparaison décrit les mesures que { $state } a déclarées dans deux de ses auto-évaluations.
    Elle ne constitue ni un classement des États ni une constatation de conformité : les situations déclarées reprennent
    les réponses mêmes de l'État, à l'appui du dialogue de l'examen
    et de l'assistance technique. La proportion de questions ayant reçu une réponse mesure le degré de remplissage
    du questionnaire, non l'application.*
diff-disclaimer-two-states = *La présente comparaison décrit les mesures que { $old } et { $new } ont déclarées dans leurs auto-évaluations.
    Elle ne constitue ni un classement des États ni une constatation de conformité : les situations déclarées reprennent
    les réponses mêmes des États, à l'appui du dialogue de l'examen
    et de l'assistance technique. La proportion de questions ayant reçu une réponse mesure le degré de remplissage
    du questionnaire, non l'application.*

diff-summary = Résumé
diff-no-change =
    Aucun changement : les deux jeux de réponses attribuent la même situation à chaque disposition, citent les mêmes mesures
    et formulent les mêmes demandes d'assistance technique.
diff-col-change = Changement
diff-col-count = Nombre
diff-summary-improved = Dispositions dont la situation déclarée s'est améliorée
diff-summary-regressed = Dispositions dont la situation déclarée a régressé
diff-summary-changed = Dispositions dont la situation déclarée est passée à « sans objet » ou « non évaluée », ou l'a quitté
diff-summary-unchanged = Dispositions dont la situation déclarée est inchangée
diff-summary-measures = Dispositions pour lesquelles des mesures sont nouvellement citées ou ne le sont plus
diff-summary-opened = Demandes d'assistance technique ouvertes
diff-summary-closed = Demandes d'assistance technique closes

diff-statuses = Situations déclarées
diff-statuses-none = La situation déclarée d'aucune disposition n'a changé.
diff-statuses-intro =
    Dispositions dont la situation déclarée a changé, dans l'ordre du traité. « Améliorée » et « en régression » se lisent sur
    l'échelle : rien, envisagée, en partie, entièrement (non appliquée, partiellement appliquée, appliquée ; ou
    non envisagée, envisagée, adoptée) ; un passage à « sans objet » ou « non évaluée », ou depuis ces situations, n'est ni l'un ni l'autre.
diff-improved = Situation améliorée
diff-regressed = Situation en régression
diff-changed = Passage à « sans objet » ou « non évaluée », ou depuis ces situations
diff-col-provision = Disposition
diff-col-obligation = Obligation
diff-col-before = Avant
diff-col-after = Après

diff-measures = Mesures citées
diff-measures-none = Les deux jeux de réponses citent les mêmes mesures.
diff-measures-intro = Dispositions pour lesquelles des mesures sont nouvellement citées ou ne le sont plus, dans l'ordre du traité.
diff-col-newly-cited = Nouvellement citées
diff-col-no-longer-cited = Plus citées

diff-assistance = Assistance technique
diff-assistance-none = Aucune demande d'assistance technique n'a été ouverte ni close.
diff-requests-opened = Demandes ouvertes
diff-requests-opened-intro = Types d'assistance que les réponses ultérieures demandent et que les réponses antérieures ne demandaient pas.
diff-requests-closed = Demandes closes
diff-requests-closed-intro = Types d'assistance que les réponses antérieures demandaient et que les réponses ultérieures ne demandent plus.
diff-request-article = Article { $article }. { $title } :
diff-kind-not-specified = type non précisé
diff-need-described = Besoin décrit
diff-need-described-earlier = Besoin tel que décrit antérieurement

## labels.j2 : les mots des graphiques. Les mots entre accolades sont remplis par saq : les garder
## tels quels.

chart-group-implemented = Appliqué ou adopté
chart-group-in-part = En partie
chart-group-considered = Envisagé
chart-group-not-implemented = Non appliqué ou non envisagé
chart-group-not-adopted = Facultatif, non adopté
chart-group-not-applicable = Sans objet
chart-group-not-assessed = Non évalué
chart-per-article-title = Situation déclarée par article, pour les États pris en compte
chart-per-article-bar = Article {"{"}article{"}"} : {"{"}count{"}"} {"{"}status{"}"}
chart-heat-map-title = Matrice dispositions × États (diffusion restreinte)
chart-heat-map-draft = {"{"}state{"}"} (projet)
chart-heat-map-cell = {"{"}state{"}"} : article {"{"}provision{"}"} : {"{"}status{"}"}

## page.html.j2

page-charts = Graphiques
# Dans une feuille de style : pas de guillemets droits.
page-restricted-marking = Diffusion restreinte : réservée aux participants à l'examen et au secrétariat
