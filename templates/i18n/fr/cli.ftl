# French message catalog (fr) of the words `saq status`, `saq init` and `saq submit` print for a
# focal point, and of the line that ends `saq review report -o DIR`. Same ids as
# templates/i18n/en/cli.ftl, where the comments say what each variable is; only the text is
# translated. Plain text for a terminal: the commands between backquotes are typed as they are,
# never translated. The user is addressed as « vous ». French typography: a narrow no-break space
# (U+202F) before ; : ? !

## saq status: a file it could not check.
cli-status-not-in-library = { $file } : non vérifié, car son questionnaire ne figure pas dans la bibliothèque (voir le problème signalé ci-dessus)
cli-status-questionnaire-problems = { $file } : non vérifié, car son questionnaire présente des problèmes (voir ci-dessus)
cli-status-unreadable = { $file } : lecture impossible (voir les problèmes signalés ci-dessus)

## saq status: a file's first line, then a table of its sections.
cli-status-heading = { $file } : réponses de { $state } ({ $status })
cli-status-column-section = section
cli-status-column-answered = réponses
cli-status-column-applicable = applicables
cli-status-column-required = obligatoires
cli-status-column-missing = sans réponse
cli-status-all-sections = toutes les sections
cli-status-required-of = { $answered } sur { $required }
cli-status-does-not-apply = sans objet : { $reason }
cli-status-and-more = { $list } et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }

## saq status: below the table.
cli-status-not-counted = { $count ->
        [one] { $count } réponse non comptabilisée, donnée à une question qui ne s'applique pas
       *[other] { $count } réponses non comptabilisées, données à des questions qui ne s'appliquent pas
    } : { $list }
cli-status-not-counted-help = chacune est expliquée ci-dessus (`answer-not-applying`) ; rien n'est supprimé
cli-status-submitted-on = réponses soumises le { $date }
cli-status-submitted-undated = réponses soumises à une date inconnue
cli-status-submitted-with-problems = { $submitted }, mais le fichier présente { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } (voir ci-dessus)
cli-status-ready = réponses prêtes à être soumises : toutes les questions obligatoires applicables ont reçu une réponse (`{ $command }`)
cli-status-missing = soumission impossible : { $count ->
        [one] { $count } question obligatoire est restée sans réponse
       *[other] { $count } questions obligatoires sont restées sans réponse
    } : { $list }
cli-status-missing-help = `{ $command }` les pose, en commençant par la première question sans réponse
cli-status-problems = soumission impossible : le fichier présente { $count ->
        [one] { $count } problème (signalé ci-dessus avec sa ligne)
       *[other] { $count } problèmes (signalés ci-dessus avec leur ligne)
    }

## saq init: the file written, and what to do next.
cli-init-wrote = { $file } créé : projet de réponses de { $state } au questionnaire { $questionnaire } { $version }, qui en énumère { $count ->
        [one] l'unique question
       *[other] les { $count } questions
    }
cli-init-next = ensuite :
cli-init-next-edit = saisissez les réponses dans un éditeur de texte, ou exécutez `{ $fill }` pour que les questions vous soient posées une à une ;
cli-init-next-check = `{ $status }` indique ce qui reste à faire, `{ $submit }` soumet les réponses

## saq submit.
cli-submit-already = { $file } a déjà été soumis ({ $when }) ; il n'y a rien à faire
cli-submit-already-signing = { $file } a déjà été soumis ({ $when }) ; il est signé tel quel
cli-submit-when = le { $date }
cli-submit-when-unknown = à une date inconnue
cli-submit-already-help = pour modifier les réponses, indiquez `status: draft`, modifiez-les, puis soumettez-les de nouveau
cli-submit-done = { $file } soumis : réponses de { $state } en date du { $date } ; questions applicables ayant reçu une réponse : { $answered } sur { $applicable }
cli-submit-digest = empreinte : { $digest }
cli-submit-validate-note = `{ $command }` signalera désormais toute modification apportée aux réponses
cli-submit-signed = { $file } signé avec la clé { $key } : { $signature }
cli-submit-signed-note = envoyez { $signature } avec les réponses ; `{ $command }` permet de vérifier la signature
cli-submit-backed-up = { $file } réécrit selon la présentation de saq ; { $count ->
        [one] { $count } ligne de commentaire que vous aviez ajoutée est conservée
       *[other] { $count } lignes de commentaire que vous aviez ajoutées sont conservées
    } dans { $backup }

## saq review report -o DIR: what was written.
cli-review-report-wrote = { $count ->
        [one] { $count } rapport d'examen de pays écrit
       *[other] { $count } rapports d'examen de pays écrits
    }, ainsi que la vue d'ensemble à l'intention du secrétariat, dans { $folder }
