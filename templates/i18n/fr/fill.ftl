# French message catalog (fr) of the words of `saq fill`, the interview in the terminal. Same ids
# as templates/i18n/en/fill.ftl; only the text is translated. Plain text. The user is addressed
# as "vous". The commands (/back, /skip, /na…), the word `none`, the pattern YYYY-MM-DD and the
# names VISUAL and EDITOR are typed as they are and stay untranslated. French typography: a
# narrow no-break space (U+202F) before ; : ? ! and no-break spaces (U+00A0) inside guillemets.

## /help: the commands, one line each.
fill-help-title = Commandes, utilisables à chaque question :
fill-help-reason = MOTIF
fill-help-back = revenir à la question précédente
fill-help-skip = laisser cette question en l'état et passer à la suivante (la touche Entrée a le même effet)
fill-help-na = la question ne s'applique pas à votre pays, en indiquant pourquoi
fill-help-unknown = la réponse n'est pas connue, en indiquant pourquoi
fill-help-quit = s'arrêter ici : toutes les réponses données jusqu'à présent sont déjà enregistrées
fill-help-lines = (texte) saisir plusieurs lignes, puis une ligne ne contenant qu'un point
fill-help-edit = (texte) rédiger la réponse dans votre éditeur ($VISUAL ou $EDITOR)
fill-help-help = cette liste
fill-help-slash = Une réponse qui commence par / se saisit avec deux barres obliques : //.
fill-help-stop = Ctrl-C arrête immédiatement ; toutes les réponses données jusqu'à présent sont déjà enregistrées.

## Commands typed.
fill-not-a-command = `{ $command }` n'est pas une commande ; /help en donne la liste
fill-why-not-applicable = Pourquoi la question ne s'applique-t-elle pas ?
fill-why-unknown = Pourquoi la réponse n'est-elle pas connue ?
fill-reason-needed = Un motif est requis ; retour à la question.
fill-type-lines = Saisissez les lignes ; terminez par une ligne ne contenant qu'un point (.).
fill-not-text = Cette commande ne s'emploie qu'aux questions appelant une réponse rédigée.
fill-no-editor = Aucun éditeur n'est défini : définissez VISUAL ou EDITOR (par exemple nano ou notepad), ou utilisez /lines.
fill-editor-failed = L'éditeur n'a pas fonctionné : { $error }

## A question.
fill-where = [{ $section } · réponses : { $answered } sur { $applicable ->
    [one] { $applicable } question applicable
   *[other] { $applicable } questions applicables
}]
fill-question = { $text }  ({ $id })
fill-question-required = { $text }  ({ $id }, obligatoire)
fill-provision = Disposition { $id } : « { $text } »
fill-on-file = Réponse enregistrée : { $answer }

## The prompts.
fill-enter-keeps = Entrée pour conserver la réponse enregistrée
fill-enter-skips = Entrée pour passer
fill-ask-choice = Numéro ({ $enter }) :
fill-ask-choices = Numéros séparés par des virgules, ou `none` ({ $enter }) :
fill-ask-text = Texte sur une ligne, /lines pour plusieurs lignes, /edit pour votre éditeur ({ $enter }) :
fill-ask-number = Nombre ({ $enter }) :
fill-ask-date = Date, au format YYYY-MM-DD ({ $enter }) :

## Lists.
fill-ask-measure = Mesure { $number } : titre (Entrée lorsque la liste est complète) :
fill-ask-article = article ou section (Entrée s'il n'y en a pas) :
fill-ask-link = lien (Entrée s'il n'y en a pas) :
fill-row = Ligne { $number } (Entrée dans la première colonne lorsque le tableau est complet) :
fill-column = { $label } ({ $kind }) :
fill-column-required = { $label } ({ $kind }, obligatoire) :
fill-column-text = texte
fill-column-number = nombre
fill-column-date = YYYY-MM-DD
fill-column-is-required = Cette colonne est obligatoire.

## What was typed is not a value of the kind asked for.
fill-not-a-choice = Saisissez un numéro de 1 à { $last }, ou /help.
fill-not-choices = Saisissez des numéros de 1 à { $last }, par exemple `1, 3`, ou /help.
fill-not-a-number = Ne saisissez que des chiffres, avec un point comme séparateur décimal, par exemple 42 ou 3.5.
fill-not-a-date = Saisissez la date au format YYYY-MM-DD, par exemple 2026-03-31.

## An answer on file.
fill-answer-none = aucun choix
fill-answer-measures = { $count ->
    [one] { $count } mesure citée
   *[other] { $count } mesures citées
}
fill-answer-rows = { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}
fill-answer-not-applicable = sans objet : { $reason }
fill-answer-unknown = réponse non connue : { $reason }
fill-list-separator = {", "}

## Notices during the interview.
fill-resuming = Reprise à la première question sans réponse, { $id } (réponses : { $answered } sur { $applicable ->
    [one] { $applicable } question applicable
   *[other] { $applicable } questions applicables
}).
fill-section-progress = Réponses dans cette section : { $answered } sur { $applicable ->
    [one] { $applicable } question applicable
   *[other] { $applicable } questions applicables
}. /help donne la liste des commandes.
fill-section-skipped = La section « { $section } » est passée : { $reason }
fill-question-skipped = La question { $id } (« { $text } ») est passée : { $reason }
fill-not-saved = Non enregistré : { $problem }
fill-kept-aside = { $count ->
    [one] Mise de côté, non supprimée : la réponse à { $questions } ne s'applique plus. Elle est conservée sous `inactive:` et réapparaîtra si la question s'applique de nouveau.
   *[other] Mises de côté, non supprimées : les réponses à { $questions } ne s'appliquent plus. Elles sont conservées sous `inactive:` et réapparaîtront si les questions s'appliquent de nouveau.
}
fill-restored = { $count ->
    [one] Votre réponse antérieure à { $questions } a été rétablie.
   *[other] Vos réponses antérieures à { $questions } ont été rétablies.
}
fill-at-first = Vous êtes à la première question.
fill-finished-all = Fin du questionnaire : toutes les questions applicables ont reçu une réponse.
fill-finished = Fin du questionnaire. { $count ->
    [one] { $count } question applicable est restée sans réponse
   *[other] { $count } questions applicables sont restées sans réponse
} ; aucune n'est obligatoire.
fill-finished-required = Fin du questionnaire. { $count ->
    [one] { $count } question applicable est restée sans réponse
   *[other] { $count } questions applicables sont restées sans réponse
}, dont { $required ->
    [one] { $required } obligatoire
   *[other] { $required } obligatoires
} : { $questions }.

## After the interview.
fill-saved = { $file } enregistré. Réponses : { $answered } sur { $applicable ->
    [one] { $applicable } question applicable
   *[other] { $applicable } questions applicables
}, dont { $required_answered } sur { $required ->
    [one] { $required } question obligatoire
   *[other] { $required } questions obligatoires
}.
fill-next-submit = Étape suivante : `{ $submit }` soumet les réponses.
fill-next-fill = Étape suivante : `{ $fill }` reprend à la première question sans réponse ; `{ $status }` indique ce qui reste à faire.
