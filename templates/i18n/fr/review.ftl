# review messages (fr): see templates/i18n/en/review.ftl for the ids.
#
# French message catalog (fr) of the review templates (templates/review.md.j2,
# review-overview.md.j2, review-diff.md.j2). Same ids as templates/i18n/en/review.ftl, where the
# comments say where each message appears and what each variable is; only the text is
# translated. Terms of the UNTOC review mechanism: « observations écrites » (written feedback),
# « liste d'observations », « résumé », « États examinateurs », « État examiné », « groupe
# thématique » (cluster), « projet » (draft), « secrétariat ».

## review.md.j2: the report of one country review.

review-title = { $state } : examen de l'application du { $instrument }
review-intro =
    Rapport de l'examen de pays : observations écrites des États examinateurs, avec les réponses de
    { $state }, liste d'observations et son résumé.

review-state-under-review = **État examiné :** { $state }
review-reviewing-states = **États examinateurs :**
review-reviewing-states-none = aucun n'est encore indiqué
review-reviewer = { $state }, examinateur { $reviewer }
review-reviewer-experts = { $state }, examinateur { $reviewer } ; experts gouvernementaux : { $experts }
review-list-separator = {", "}
review-questionnaire = **Questionnaire :** « { $title } » ({ $id }, version { $version })
review-cluster-of-questionnaire = **Groupe thématique de l'examen :** { $cluster }. { $title }
review-answers-submitted-on = **Réponses examinées :** { $file }, soumises le { $date } ; empreinte { $digest }
review-answers-submitted = **Réponses examinées :** { $file }, soumises ; empreinte { $digest }
review-answers-draft = **Réponses examinées :** { $file }, à l'état de projet ; empreinte { $digest }
review-answers = **Réponses examinées :** { $file } ; empreinte { $digest }
review-cycle = **Cycle d'examen :** { $cycle }
review-status-is-final = **Statut :** version définitive : la liste d'observations et son résumé ont été approuvés
review-status-is-draft = **Statut :** projet : l'examen est en cours et son texte peut encore être modifié
review-open = **En suspens :** { $drafts ->
        [one] { $drafts } élément à l'état de projet
       *[other] { $drafts } éléments à l'état de projet
    }, { $unanswered ->
        [one] { $unanswered } question sans réponse
       *[other] { $unanswered } questions sans réponse
    }, { $disputed ->
        [one] { $disputed } observation contestée
       *[other] { $disputed } observations contestées
    }
review-caveat =
    Avertissement : { $drafts ->
        [one] { $drafts } élément du présent examen a été rédigé
       *[other] { $drafts } éléments du présent examen ont été rédigés
    }
    par saq à partir des réponses de { $state } et { $drafts ->
        [one] porte
       *[other] portent
    } ci-dessous la mention « Projet ». Un projet reprend
    ou cite les réponses ; il ne constitue pas le texte des États examinateurs tant qu'un examinateur ne l'a pas fait sien.
review-disclaimer =
    Le présent rapport rend compte du dialogue et des observations d'un examen par les pairs, fondés sur l'auto-évaluation de
    { $state } et sur le dialogue. Il ne constitue ni un classement des États ni un constat de
    conformité.

review-written-feedback = Observations écrites
review-feedback-from = De la part de { $name } (examinateur { $reviewer })
review-reported-status-sentence = Situation déclarée : { $status }.
review-reported-status = situation déclarée : { $status }
review-question = **Question** : { $question }
review-question-sent = **Question** (envoyée le { $date }) : { $question }
review-question-draft = **Projet de question, ne reflétant pas encore les termes de { $reviewer }** : { $question }
review-question-draft-sent = **Projet de question, ne reflétant pas encore les termes de { $reviewer }** (envoyée le { $date }) : { $question }
review-reply = **Réponse de { $state }** : { $reply }
review-reply-dated = **Réponse de { $state }** ({ $date }) : { $reply }
review-no-reply = Pas encore de réponse.
review-no-questions = Pas encore de question de la part de { $reviewer }.
review-no-reviewers = Aucun État examinateur n'est encore indiqué.

review-list-of-observations = Liste d'observations
review-clusters-not-verified =
    Les observations sont regroupées selon les groupes thématiques de l'examen de l'instrument ; la répartition des articles entre
    les groupes n'a pas été vérifiée.
review-cluster = Groupe thématique { $cluster } : { $title }
review-no-cluster = Articles ne relevant d'aucun groupe thématique
review-article = Article { $article }
review-article-of = { $instrument }, article { $article }
review-good-practices = Succès et bonnes pratiques :
review-challenges = Difficultés et problèmes :
review-suggestions = Suggestions :
review-assistance-needs = Besoins d'assistance technique :
review-observation-draft = **Projet, ne reflétant pas encore les termes des examinateurs :**
review-observation-agreed = *{ $by } ; { $state } donne son accord.*
review-observation-disputed = *{ $by } ;* **Contestée par { $state }.**
review-observation-pending = *{ $by } ; accord de { $state } en attente.*
review-observation-drafted = Rédigée par saq à partir des réponses
review-observation-no-proposer = Auteur de la proposition non indiqué
review-proposed-by-reviewer-named = Proposée par { $name } (examinateur { $reviewer })
review-proposed-by-reviewer = Proposée par l'examinateur { $reviewer }
review-proposed-by-state = Proposée par l'État examiné
review-proposed-by-secretariat = Proposée par le secrétariat
review-no-observations = Pas encore d'observations.

review-summary = Résumé
review-summary-not-agreed = L'examen est à l'état de projet : le présent résumé n'a pas encore été approuvé.
review-summary-not-drafted = Pas encore rédigé.

## Shared by review-overview.md.j2 and review-diff.md.j2: the status of a review.
review-status-draft = projet
review-status-final = version définitive

## review-overview.md.j2: the secretariat's overview of many country reviews.

review-overview-title = Examens de pays : vue d'ensemble à l'intention du secrétariat
review-overview-reviews =
    { $reviews ->
        [one] { $reviews } examen est présenté
       *[other] { $reviews } examens sont présentés
    } ici :
    { $draft } à l'état de projet, { $final } en version définitive.
review-overview-failures =
    { $failures ->
        [one] { $failures } fichier d'examen présente des problèmes et n'a donné lieu à aucun rapport
       *[other] { $failures } fichiers d'examen présentent des problèmes et n'ont donné lieu à aucun rapport
    } (voir la liste à la fin).
review-overview-open =
    Pour l'ensemble des examens : { $drafts ->
        [one] { $drafts } élément à l'état de projet n'a pas encore été fait sien par un
       *[other] { $drafts } éléments à l'état de projet n'ont pas encore été faits siens par un
    }
    examinateur, { $unanswered ->
        [one] { $unanswered } question est sans réponse
       *[other] { $unanswered } questions sont sans réponse
    },
    { $disputed ->
        [one] { $disputed } observation est contestée
       *[other] { $disputed } observations sont contestées
    } par l'État examiné.
review-overview-disclaimer =
    À l'intention du secrétariat. La présente vue d'ensemble dénombre des dispositions, jamais des États : le nombre d'examens qui relèvent
    une difficulté pour chaque disposition, et les besoins d'assistance technique qu'ils recensent, par type et par
    article, dans l'ordre du traité. Elle ne constitue pas un classement des États et ne nomme les États que dans la liste des
    examens ci-dessous. Les projets établis par saq à partir des réponses ne constituent pas le texte des examinateurs : ils sont comptés
    à part.

review-overview-reviews-heading = Examens
review-overview-alphabetical = États par ordre alphabétique.
review-overview-column-state = État examiné
review-overview-column-questionnaire = Questionnaire
review-overview-column-cycle = Cycle
review-overview-column-status = Statut
review-overview-column-drafts = Éléments à l'état de projet
review-overview-column-unanswered = Questions sans réponse
review-overview-column-disputed = Observations contestées

review-overview-instrument-cluster = { $instrument }, groupe thématique { $cluster }
review-overview-questionnaire =
    Questionnaire « { $title } », version { $version } :
    { $reviews ->
        [one] { $reviews } examen
       *[other] { $reviews } examens
    }.
review-overview-challenges = Difficultés par disposition
review-overview-column-provision = Disposition
review-overview-column-challenge = Examens relevant une difficulté
review-overview-column-challenge-disputed = Dont contestées
review-overview-column-draft-only = Examens comportant seulement un projet
review-overview-no-challenges = Aucun examen ne relève encore de difficulté.
review-overview-assistance = Besoins d'assistance technique
review-overview-column-kind = Type
review-overview-column-article = Article
review-overview-column-provisions = Dispositions
review-overview-column-assistance = Examens le relevant
review-overview-article = Article { $article }
review-overview-no-assistance = Aucun examen ne relève encore de besoin d'assistance technique.

review-overview-failures-heading = Fichiers d'examen sans rapport
review-overview-failures-intro = Ces fichiers présentent des problèmes ; il convient de les corriger, puis de produire à nouveau le rapport.

## review-diff.md.j2: what changed between two versions of one country review.

review-diff-title = { $state } : changements intervenus dans l'examen
review-diff-versions = De { $old } ({ $old_status }) à { $new } ({ $new_status }).
review-diff-answers-changed = **Les deux versions examinent des réponses différentes** : l'empreinte des réponses examinées a changé.
    Les éléments rédigés à partir des réponses antérieures peuvent ne plus y correspondre.
review-diff-no-changes = Ni les questions, ni les observations, ni le résumé n'ont changé.
review-diff-written-feedback = { review-written-feedback }
review-diff-list-of-observations = { review-list-of-observations }
review-diff-summary = { review-summary }
review-diff-added = Ajout
review-diff-withdrawn = Retrait
review-diff-accepted = Projet accepté tel quel
review-diff-accepted-rewritten = Projet accepté et reformulé
review-diff-rewritten = Reformulation
review-diff-replied = Réponse de l'État
review-diff-reply-changed = Réponse modifiée
review-diff-agreed = Accord de l'État
review-diff-disputed = Contestation de l'État
review-diff-good-practice = bonne pratique
review-diff-challenge = difficulté
review-diff-suggestion = suggestion
review-diff-assistance-need = besoin d'assistance technique
review-diff-before = Avant : { $text }
review-diff-after = Après : { $text }
