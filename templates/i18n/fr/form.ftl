# French message catalog (fr) of the words of `saq serve`'s pages (templates/form/). Same ids as
# templates/i18n/en/form.ftl; only the text is translated. French typography: a narrow no-break
# space (U+202F) before ; : ? ! and no-break spaces (U+00A0) inside guillemets.

## Every page (layout.html.j2).
form-skip = Aller au contenu
form-sections = Sections
form-answers-of = Réponses de l'État : <strong>{ $state }</strong>
form-status-on = { $status } le { $date }
form-saved-in = enregistrées dans <code>{ $file }</code>
form-overall = Réponses : { $answered } sur { $applicable } questions ; { $required_answered } sur { $required } questions obligatoires.
form-section-does-not-apply = sans objet
form-section-waits = dépend de réponses précédentes
form-section-count = { $answered } sur { $applicable }
form-section-missing = { $answered } sur { $applicable }, obligatoires restantes : { $missing }
form-start = Accueil
form-go-start = Aller à la page d'accueil
form-report-so-far = Rapport sur les réponses données à ce jour
form-submit = Soumettre

## The start page (start.html.j2).
form-start-title = Accueil
form-start-lead = Les réponses de l'État suivant, section par section : <strong>{ $state }</strong>.
form-start-fact-saved = Chaque réponse est enregistrée dans le fichier <code>{ $file }</code>, sur cet ordinateur, lorsque vous cliquez sur <strong>Enregistrer</strong>. Rien n'est envoyé ailleurs.
form-start-fact-resume = Vous pouvez vous arrêter à tout moment et reprendre plus tard : le fichier conserve vos réponses. Pour les transmettre, envoyez le fichier par courrier électronique.
form-start-fact-treaty = Chaque question présente, sous <em>Texte du traité</em>, les dispositions du traité sur lesquelles elle porte. Si une question ne s'applique pas à votre pays, ou si la réponse n'est pas connue, indiquez-le en précisant pourquoi sous <em>Impossible de répondre à cette question ?</em>
form-start-fact-follow-ups = Des questions complémentaires apparaissent lorsqu'une réponse précédente le requiert. La réponse à une question qui ne s'applique plus est conservée dans le fichier, mise de côté, et réapparaît si la question s'applique de nouveau.
form-start-submitted = Ces réponses ont été soumises. Les pages les affichent, mais elles ne peuvent plus être modifiées ici.
form-start-submitted-on = Ces réponses ont été soumises le { $date }. Les pages les affichent, mais elles ne peuvent plus être modifiées ici.
form-start-complete = Toutes les questions obligatoires ont reçu une réponse. Consultez le { $report }, puis { $submit }.
form-start-complete-report = rapport sur les réponses
form-start-complete-submit = soumettez-les
form-start-sections = Sections
form-start-table-caption = Questions ayant reçu une réponse, par section
form-start-col-section = Section
form-start-col-answered = Réponses données
form-start-col-missing = Obligatoires, sans réponse
form-start-does-not-apply = Sans objet
form-start-waits = Dépend de réponses précédentes
form-start-count = { $answered } sur { $applicable }
form-start-begin = Commencer par « { $section } »

## A section (section.html.j2, macros.html.j2).
form-error-prefix = Erreur :
form-problem = Il y a un problème
form-problem-nothing-saved = Aucune donnée de cette page n'a été enregistrée. Corrigez les éléments signalés ci-dessous, puis enregistrez de nouveau.
form-conflict-title = Le fichier a été modifié par un autre programme
form-conflict-text = Quelqu'un a enregistré <code>{ $file }</code> (dans un éditeur de texte ou une autre instance de saq) après l'affichage de cette page. Vos réponses sur cette page <strong>n'ont pas été enregistrées</strong> ; ce sont les réponses de cette autre personne qui ont été conservées.
form-conflict-choice = Le formulaire ci-dessous affiche toujours ce que vous avez saisi. { $reload }, ou cliquez de nouveau sur Enregistrer pour remplacer par votre saisie les réponses de cette autre personne à cette section (ses autres modifications sont conservées).
form-conflict-choice-reload = Chargez cette section telle qu'elle figure maintenant dans le fichier
form-saved = Enregistré.
form-kept-aside = Ces questions ne s'appliquent plus ; leurs réponses sont conservées dans le fichier, mises de côté, et réapparaîtront si les questions s'appliquent de nouveau :
form-restored = Ces questions s'appliquent de nouveau ; leurs réponses antérieures ont été rétablies :
form-unchanged = Rien n'a changé : le fichier est resté tel quel.
form-not-obligations = Ces questions ne portent pas sur des obligations découlant du traité.
form-section-skipped = Cette section ne s'applique pas à votre pays : { $reason }.
form-read-only = Ces réponses ont été soumises : elles sont affichées mais ne peuvent pas être modifiées.
form-save = Enregistrer
form-save-next = Enregistrer et passer à la section suivante
form-pager = Section précédente et section suivante
form-required = (obligatoire)
form-source = Source : { $source }
form-aside-note = Cette réponse avait été mise de côté lorsque la question a cessé de s'appliquer ; elle a été conservée et est de nouveau prise en compte, puisque la question s'applique à nouveau.
form-treaty-text = Texte du traité
form-treaty-text-of = Texte du traité : { $provisions }
form-provision = { $article } — disposition { $provision }, { $force }
form-qualified-by = Condition : { $qualifier }
form-applies-where = Conditions d'application : { $condition }
form-your-answer = Votre réponse
form-number = Nombre
form-date = Date
form-measure = Mesure { $n }
form-row = Ligne { $n }
form-add-measure = Enregistrer et ajouter une autre mesure
form-add-row = Enregistrer et ajouter une autre ligne
form-cannot-answer = Impossible de répondre à cette question ?
form-cannot-answer-legend = S'il n'est pas possible de répondre à la question
form-answer-above = J'y réponds ci-dessus
form-not-applicable-because = Elle ne s'applique pas à mon pays, parce que…
form-unknown-because = La réponse n'est pas connue, parce que…
form-why = Motif
form-column-title = Titre de la loi ou de la mesure
form-column-article = Article ou section
form-column-url = Lien vers le texte

## The report page (report.html.j2).
form-report-title = Rapport à ce jour
form-report-note = Voici le rapport sur les réponses enregistrées à ce jour, tel que la commande <code>saq report</code> du secrétariat le produirait aujourd'hui. Il évolue au fur et à mesure de vos réponses.

## Submitting (submit.html.j2).
form-submit-title = Soumettre les réponses
form-submit-refused = Les réponses n'ont pas été soumises : { $count ->
    [one] { $count } question obligatoire n'a pas encore reçu de réponse.
   *[other] { $count } questions obligatoires n'ont pas encore reçu de réponse.
}
form-submit-see-missing = Voir les questions sans réponse
form-submitted = { $state } : les réponses ont été soumises.
form-submitted-on = { $state } : les réponses ont été soumises le { $date }.
form-submitted-file = Le fichier <code>{ $file }</code> indique désormais <code>status: submitted</code> et contient une empreinte numérique de ses réponses : toute modification ultérieure de celles-ci apparaîtra lors de sa vérification. Envoyez le fichier au secrétariat selon les modalités convenues.
form-submitted-digest = Son empreinte : <code>{ $digest }</code>.
form-submitted-sign = Pour le signer également, exécutez <code>{ $command }</code> sur cet ordinateur.
form-submit-counts = Réponses : { $answered } sur { $applicable } questions applicables, dont { $required_answered } sur les { $required } questions obligatoires.
form-still-to-answer = Questions restant à traiter
form-still-to-answer-text = Ces questions obligatoires doivent recevoir une réponse avant que les réponses puissent être soumises (une réponse peut aussi indiquer que la question ne s'applique pas, ou que la réponse n'est pas connue, en précisant pourquoi) :
form-ready = Toutes les questions obligatoires ont reçu une réponse. La soumission marque le fichier comme soumis, à la date du jour, avec une empreinte numérique de ses réponses, de sorte que toute modification ultérieure soit visible. Les réponses ne pourront ensuite plus être modifiées dans ce formulaire.
form-submit-button = Soumettre les réponses

## A page that says what went wrong (problem.html.j2): a title, then what to do. The system's
## own reason, when there is one, is shown below it as it is.
form-problem-unreadable = Impossible de lire le fichier de réponses
form-problem-unreadable-text = saq n'a pas pu le lire, pour la raison indiquée ci-dessous. Rien n'a été enregistré.
form-problem-invalid = Le fichier de réponses comporte des erreurs
form-problem-invalid-text = Il a été modifié en dehors de ce formulaire et ne satisfait plus aux vérifications. Corrigez les erreurs signalées ci-dessous dans un éditeur de texte (saq validate les indique également), puis rechargez cette page. Rien n'a été enregistré.
form-problem-expired = Ce formulaire a expiré
form-problem-expired-text = Il a été produit lors d'une exécution antérieure de saq serve. Revenez en arrière, rechargez la page et saisissez de nouveau les réponses. Rien n'a été enregistré.
form-problem-no-section = Section introuvable
form-problem-no-section-text = Le questionnaire ne comporte aucune section de ce nom. Choisissez-en une dans la liste.
form-problem-submitted = Ces réponses ont été soumises
form-problem-submitted-text = Un ensemble de réponses soumis n'est pas modifié. Pour le modifier, indiquez status: draft dans le fichier, puis soumettez-le de nouveau.
form-problem-write = Les réponses n'ont pas pu être écrites
form-problem-write-text = La raison est indiquée ci-dessous. Le fichier est resté tel qu'il était avant l'envoi de cette page.
form-problem-save = Les réponses n'ont pas pu être enregistrées
form-problem-save-text = La raison est indiquée ci-dessous. Le fichier est resté tel qu'il était avant l'envoi de cette page.
form-problem-report = Impossible de produire le rapport
form-problem-report-text = La raison est indiquée ci-dessous. Les réponses restent inchangées.
form-problem-changed-before-submit = Le fichier de réponses a été modifié par un autre programme
form-problem-changed-before-submit-text = Il a été modifié après l'affichage de cette page ; les réponses n'ont donc pas été soumises. Vérifiez de nouveau les réponses, puis soumettez-les à partir d'une page actualisée.
form-problem-changed-while-submitting = Le fichier de réponses a été modifié par un autre programme
form-problem-changed-while-submitting-text = Il a été modifié pendant la soumission ; les réponses n'ont donc pas été soumises. Vérifiez de nouveau les réponses, puis soumettez-les à partir d'une page actualisée.
form-problem-submit = Les réponses n'ont pas pu être soumises
form-problem-submit-text = La raison est indiquée ci-dessous. Le fichier est resté tel quel.
form-problem-no-page = Page introuvable
form-problem-no-page-text = Ce formulaire ne comporte aucune page à cette adresse. Retournez à la page d'accueil.

## A value refused at its field (the error beside it and in the summary). $value is what was
## typed; $row a row's number; $column a table column's label.
form-error-reason-unknown = indiquez pourquoi la réponse n'est pas connue : un motif est requis
form-error-reason-not-applicable = indiquez pourquoi la question ne s'applique pas : un motif est requis
form-error-reason-help = par exemple : « aucun fabricant ne détient de licence dans le pays »
form-error-number = « { $value } » n'est pas un nombre
form-error-number-help = ne saisissez que des chiffres, par exemple 42 ou 3.5
form-error-date = « { $value } » n'est pas une date
form-error-date-help = saisissez la date au format YYYY-MM-DD, par exemple 2026-03-31
form-error-url = mesure { $row } : « { $value } » n'est pas une adresse web ; saisissez-la en entier, en commençant par https://, ou omettez le lien
form-error-title = mesure { $row } : indiquez son titre, par exemple « { $example } »
form-error-measure = mesure { $row } : { $problem }
form-error-cell-number = ligne { $row }, { $column } : « { $value } » n'est pas un nombre (par exemple 42)
form-error-cell-date = ligne { $row }, { $column } : « { $value } » n'est pas une date au format YYYY-MM-DD
form-error-cell-choice = ligne { $row }, { $column } : « { $value } » ne figure pas parmi les choix proposés
form-error-cell-text = ligne { $row }, { $column } : « { $value } » n'est pas du texte
