# country messages (fr): see templates/i18n/en/country.ftl for the ids.
#
# French message catalog (fr) of the country report (templates/country.md.j2). Same ids as
# templates/i18n/en/country.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. A reported status (« situation déclarée ») restates
# the State's own answers: never a finding of compliance nor a ranking of States.

## Title and opening lines.

country-title = { $state } : application du { $instrument }
country-intro = Analyse des lacunes établie à partir du questionnaire d'auto-évaluation « { $title } ».

## The list of facts under the title.

country-label-state = État :
country-label-questionnaire = Questionnaire :
country-questionnaire-version = { $id }, version { $version }
country-label-review-cluster = Groupe thématique de l'examen :
country-cluster-scope = { $id }. { $title } : seules les dispositions de ce groupe ont fait l'objet de questions et figurent dans le présent rapport
country-cluster-scope-unverified = (la répartition des articles entre les groupes thématiques n'est pas vérifiée)
country-label-status = Statut :
country-status-submitted = soumis
country-status-draft = brouillon : les réponses peuvent encore changer
country-label-started = Date de début :
country-label-last-updated = Dernière mise à jour :
country-label-submitted = Date de soumission :
country-label-review = Examen :
country-review-cycle = cycle { $cycle }
country-review-period = période { $period }
country-label-source = Source :
country-label-disclosure = Diffusion :
country-disclosure = { $disclosure } : l'État peut être nommé dans la vue comparative par État, à diffusion restreinte{ $level ->
        [public] , et il a accepté que ses réponses soient publiées
       *[other] {""}
    }

country-disclaimer =
    Le présent rapport décrit les mesures déclarées par { $state } dans son auto-évaluation. Il ne
    constitue ni un classement des États ni une constatation de conformité : chaque situation déclarée
    reprend les réponses de l'État lui-même, afin d'appuyer le dialogue mené dans le cadre de l'examen
    et l'assistance technique. Il appartient aux États examinateurs de formuler les observations et
    les suggestions.

## Headings of the report's parts, also the link texts of the contents.

country-contents = Table des matières
country-summary = Résumé
country-gaps = Lacunes et mesures envisageables
country-optional = Mesures facultatives non adoptées
country-scope = Portée des mesures
country-assistance = Besoins d'assistance technique
country-law-practice = Droit et pratique
country-unanswered = Questions sans réponse
country-not-applying = Réponses à des questions sans objet
country-annex = Annexe : mesures citées

## The contents: the line before the links to each section of the questionnaire.

country-said-by-section = Ce qu'a déclaré { $state }, section par section :
country-article = Article { $article }

## Summary: coverage and answers.

country-label-coverage = Couverture :
country-coverage-all = { $applicable ->
        [0] aucune disposition n'est applicable.
        [one] l'unique disposition applicable est assortie d'une situation déclarée.
       *[other] chacune des { $applicable } dispositions applicables est assortie d'une situation déclarée.
    }
country-coverage-none =
    { $applicable ->
        [one] l'unique disposition applicable n'est encore assortie d'aucune situation déclarée
       *[other] aucune des { $applicable } dispositions applicables n'est encore assortie d'une situation déclarée
    } : les réponses données jusqu'ici ne disent rien de l'application.
country-coverage-some =
    une situation déclarée pour { $assessed } des { $applicable } dispositions applicables ; { $remaining ->
        [one] l'autre n'est pas encore évaluée, et rien de ce qui suit ne la concerne.
       *[other] les { $remaining } autres ne sont pas encore évaluées, et rien de ce qui suit ne les concerne.
    }
country-questions-answered =
    { $answered ->
        [one] { $answered } question applicable sur { $applicable } a reçu une réponse
       *[other] { $answered } questions applicables sur { $applicable } ont reçu une réponse
    }
    ({ $percent } %).
country-required-missing = { $required ->
        [one] L'unique question obligatoire reste sans réponse.
       *[other] { $missing ->
            [one] { $missing } des { $required } questions obligatoires reste sans réponse.
           *[other] { $missing } des { $required } questions obligatoires restent sans réponse.
        }
    }

## Summary: the table of reported statuses.

country-col-reported-status = Situation déclarée
country-col-provisions = Dispositions
country-row-considered = Envisagé (obligations d'envisager)
country-row-not-considered = Non envisagé (obligations d'envisager)
country-row-adopted = Adopté (mesures facultatives ou envisagées)
country-row-partially-adopted = Adopté en partie (mesures facultatives ou envisagées)
country-row-not-adopted = Non adopté (mesures facultatives : il ne s'agit pas d'une lacune)

## Summary: the tables by article and by review cluster.

country-by-article = Par article
country-by-article-intro =
    « Évaluées » indique le nombre de dispositions applicables assorties d'une situation déclarée.
    « Appliquées » compte aussi les mesures facultatives et envisagées qui ont été adoptées ; « Non »
    compte les obligations non appliquées et les mesures qui devaient être envisagées et ne l'ont pas
    été. Les mesures facultatives non adoptées ne constituent pas une lacune.
country-by-cluster = Par groupe thématique de l'examen
country-col-article = Article
country-col-cluster = Groupe thématique
country-col-assessed = Évaluées
country-col-implemented = Appliquées
country-col-in-part = En partie
country-col-not = Non
country-col-considered = Envisagées
country-col-optional-not-adopted = Facultatives, non adoptées
country-col-not-applicable = Sans objet
country-assessed-of = { $assessed } sur { $applicable }
country-other-article = { $instrument }, article { $article }. { $title }
country-cluster-mapping-unverified = La répartition des articles entre les groupes thématiques de l'examen n'est pas vérifiée.
country-cluster-mapping-unverified-source = La répartition des articles entre les groupes thématiques de l'examen n'est pas vérifiée : { $source }.

## Summary: the provision matrix.

country-matrix = Tableau des dispositions
country-matrix-intro =
    Une ligne par disposition assortie d'une situation déclarée, dans l'ordre du traité. « Mesures »
    indique le nombre de mesures citées (le droit) ; « Exemples » indique si des exemples
    d'application ont été donnés (la pratique).
country-col-provision = Disposition
country-col-obligation = Obligation
country-col-measures = Mesures
country-col-examples = Exemples
country-col-flags = Signalements
country-status-reason = { $status } : { $reason }
country-examples-yes = oui
country-examples-no = non
country-flag-scope-finding = Constatation relative à la portée
country-other-instrument = { $instrument } : dispositions évaluées
country-other-instrument-intro = Le questionnaire évalue également les dispositions suivantes de cet instrument ({ $instrument }).
country-label-not-assessed-count = { $count ->
        [one] Disposition non encore évaluée ({ $count }) :
       *[other] Dispositions non encore évaluées ({ $count }) :
    }

## Gaps and possible measures.

country-gaps-none-assessed = Aucune disposition n'est encore évaluée ; aucune lacune ne peut donc être déduite des réponses.
country-gaps-none-some-assessed =
    Aucune lacune parmi les dispositions évaluées ({ $assessed } sur les { $applicable } dispositions
    applicables). { $remaining ->
        [one] L'autre disposition n'est pas encore évaluée ; ce constat ne la concerne pas.
       *[other] Les { $remaining } autres ne sont pas encore évaluées ; ce constat ne les concerne pas.
    }
country-gaps-none = { $state } ne signale aucune obligation non appliquée ou partiellement appliquée.
country-gaps-intro =
    Obligations déclarées non appliquées ou partiellement appliquées, et dispositions que l'État devait
    envisager et qu'il déclare ne pas avoir envisagées : d'abord les obligations impératives, puis les
    obligations assorties de conditions, les dispositions conditionnelles et les obligations
    d'envisager. Les mesures envisageables sont des éléments destinés au dialogue mené dans le cadre
    de l'examen, et non des conclusions.
country-gaps-not-assessed = { $remaining ->
        [one] { $remaining } des { $applicable } dispositions applicables n'est pas encore évaluée.
       *[other] { $remaining } des { $applicable } dispositions applicables ne sont pas encore évaluées.
    }
country-provision-heading = { $provision } : { $status } ({ $force })
country-element = *Élément ayant une force propre :* « { $text } » : { $force }
country-evidence-informs = Cette réponse concerne une partie de la disposition dont la force est moindre ; elle est indiquée, mais ne modifie pas la situation déclarée.
country-evidence-lowers = Cette réponse peut tout au plus abaisser la situation déclarée à « { $status } », et ne la détermine pas à elle seule.
country-label-steps = Mesures prévues :
country-label-possible-measures = Mesures envisageables (pour le dialogue) :
country-gap-said = Tout ce qu'a déclaré { $state } au sujet de l'article { $article } : { $link }.

## Optional measures not adopted.

country-optional-intro =
    Dispositions que le { $instrument } laisse à l'appréciation de chaque État (« peuvent », « sont
    encouragés », ou mesures d'un système à envisager données à titre d'exemple) et qui, selon
    { $state }, n'ont pas été adoptées ou ne l'ont été qu'en partie. Elles ne constituent pas des
    lacunes.
country-optional-heading = { $provision } : { $status }

## Scope of the measures.

country-scope-none = Aucune réponse relative aux définitions ou au champ d'application n'implique une restriction des termes du { $instrument }.
country-scope-intro =
    Ce que les réponses relatives aux définitions et au champ d'application impliquent pour la portée
    des mesures déclarées : lorsqu'une définition ou une infraction nationale est plus étroite que
    celle du traité, les mesures déclarées au titre des dispositions mentionnées peuvent ne pas couvrir
    tout ce que vise le traité.
country-label-bears-on = Concerne :

## Technical assistance needs.

country-assistance-none = { $state } ne demande aucune assistance technique dans ses réponses.
country-col-assistance-kind = Type d'assistance
country-col-requested-for = Demandée pour les articles
country-article-heading = Article { $article }. { $title }
country-label-kinds = Types :
country-kinds-not-specified = non précisés
country-label-details = Précisions :
country-label-already-received = Déjà reçue :
country-assistance-received = Assistance reçue pour des articles sans demande d'assistance
country-col-assistance-received = Assistance déjà reçue

## Law and practice.

country-law-practice-none =
    Toute disposition déclarée appliquée s'appuie sur des mesures citées et sur des exemples
    d'application, lorsque le questionnaire les demandait.
country-law-practice-intro =
    Dispositions déclarées appliquées, totalement ou en partie, pour lesquelles les réponses ne citent
    aucune mesure (le droit) ou ne donnent aucun exemple d'application (la pratique), lorsque le
    questionnaire les demandait.

## What the State said, section by section.

country-section-not-obligation =
    Ces questions ne portent pas sur des obligations découlant du { $instrument } : les réponses
    éclairent l'examen.
country-section-does-not-apply = Sans objet : { $reason }
country-label-qualifier = Clause restrictive :
country-label-applies = S'applique :
country-label-not-applicable = Sans objet :
country-label-unknown = Inconnu :
country-label-scope = Portée :
country-label-flag = Signalement :
country-label-not-assessed = Non encore évaluées :
country-whole-article = Pour l'ensemble de l'article
country-no-answer = Pas encore de réponse.

## Unanswered questions.

country-unanswered-none = Toutes les questions applicables ont reçu une réponse.
country-unanswered-count = { $count ->
        [one] { $count } question applicable n'a pas encore reçu de réponse.
       *[other] { $count } questions applicables n'ont pas encore reçu de réponse.
    }
country-unanswered-count-required = { $count ->
        [one] { $count } question applicable n'a pas encore reçu de réponse ; elle est requise pour la soumission.
       *[other] { $count } questions applicables n'ont pas encore reçu de réponse, dont { $required ->
            [one] { $required } requise pour la soumission.
           *[other] { $required } requises pour la soumission.
        }
    }
country-required = requise

## Answers to questions that do not apply.

country-not-applying-intro =
    Ces réponses ont été données à des questions qui ne s'appliquent pas compte tenu des autres
    réponses ; elles ne sont donc prises en compte dans aucune situation ci-dessus. Elles sont
    conservées ici afin que rien de ce qu'a écrit l'État ne soit perdu.
country-not-counted = Non prise en compte : { $reason }.

## Annex: measures cited.

country-annex-none = Aucune mesure n'est citée.
country-col-measure = Mesure
country-col-article-or-section = Article ou section
country-col-cited-for = Citée pour

## The language the State wrote its answers in (header list).
country-label-answers-language = Langue des réponses :
country-answers-as-written = { $language } : les réponses sont reproduites telles qu'elles ont été rédigées
