# French message catalog (fr) of the comments saq writes into an answer file
# (saq init, fill, submit, serve) whose answers are in French (`language: fr`).
# Same ids as templates/i18n/en/file.ftl, where the comments say what each message is and
# what each variable holds; only the text is translated. Plain text: these lines become YAML
# comments, one message a line (saq wraps them). The YAML keys (answers:, state:,
# not-applicable:, unknown:, focal_point: …) and the values typed (yes, partly, restricted,
# secretariat, public …) stay as they are; the words for the levels of obligation are those
# of labels.ftl (force-phrase-…).
# The focal point is addressed as "vous". French typography: a narrow no-break space
# (U+202F) before ; : ? ! and no-break spaces (U+00A0) inside guillemets.

## The opening comment.
file-answers-of = { $state } : réponses au { $questionnaire } ({ $id } { $version }), qui évalue l'application du { $instruments }.
file-instrument-title = { $instrument }
file-assesses-also = { $list } et des dispositions du { $instrument }
file-how-to-answer = Inscrivez chaque réponse après la clé de sa question, à la place de la valeur vide. Les lignes commençant par `#` sont des commentaires : la question, les indications qui l'accompagnent, la disposition qu'elle évalue et les réponses qu'elle admet. Toute réponse peut être remplacée par { "{" }not-applicable: "motif"{ "}" } ou { "{" }unknown: "motif"{ "}" }. Une question qui n'est posée que dans certains cas l'indique : laissez-la vide lorsqu'elle ne s'applique pas.
file-how-to-commands = saq validate FICHIER vérifie le fichier ; saq status FICHIER indique ce qui reste à remplir ; saq fill FICHIER pose les questions une à une et enregistre le fichier après chaque réponse (il le réécrit sous la présente forme : vos propres commentaires sont conservés dans une copie de sauvegarde, et non dans le fichier) ; saq submit FICHIER marque les réponses comme soumises une fois que toutes les questions obligatoires ont reçu une réponse.

## The header: the focal point, the review cycle, the source and the disclosure.
file-focal-point = Le point focal qui valide les réponses : supprimez les signes # ci-dessous et remplissez les champs.
file-optional-review-and-source = Facultatif : le cycle d'examen auquel se rapportent ces réponses (sa phase, la période couverte) et leur provenance, par exemple un rapport national publié : supprimez les signes # ci-dessous et remplissez les champs.
file-optional-review = Facultatif : le cycle d'examen auquel se rapportent ces réponses (sa phase, la période couverte) : supprimez les signes # ci-dessous et remplissez les champs.
file-optional-source = Facultatif : la provenance des réponses, par exemple un rapport national publié (avec un lien) : supprimez les signes # ci-dessous et remplissez les champs.
file-disclosure = Qui peut voir ces réponses avec le nom de l'État lorsque les États sont comparés : restricted (réponses prises en compte, sans que l'État soit jamais nommé ; valeur par défaut), secretariat (l'État est nommé dans la vue à diffusion restreinte destinée aux participants à l'examen et au secrétariat) ou public (l'État accepte que ses réponses soient publiées).

## Sections and questions.
file-section-asked-when = Les questions de cette section ne sont posées que si { $condition }.
file-asked-when = Question posée uniquement si { $condition }.
file-provision-quoted = Disposition { $provision } ({ $force }) : « { $text } »
file-provision-quoted-above = Disposition { $provision } ({ $force }), citée plus haut.
file-force-mandatory = obligatoire
file-force-mandatory-qualified = obligation assortie de conditions
file-force-consider = obligation d'envisager
file-force-optional = facultative
file-force-conditional = conditionnelle
file-force-interpretive = interprétative
file-source = Source : { $source }
file-required = Réponse obligatoire. { $hint }

## What a question takes. Choice ids are typed as they are; the label beside one is translated.
file-answer-one-of = Indiquez l'une des valeurs suivantes : { $choices }.
file-answer-any-of = Indiquez une liste comprenant une ou plusieurs des valeurs suivantes : { $choices } ; par exemple [{ $first }].
file-choice = { $id } ({ $label })
file-answer-text = Répondez par un texte ; s'il compte plusieurs lignes, écrivez | après les deux-points, puis les lignes au-dessous, en retrait.
file-answer-number = Indiquez un nombre.
file-answer-date = Indiquez une date, au format AAAA-MM-JJ.
file-answer-citations = Indiquez une liste de mesures, chacune avec son titre et, le cas échéant, l'article et un lien :
file-example-article = article 12
file-example-measure = Loi n° 5 de 2019
file-answer-table = Indiquez une liste de lignes, chacune sous la forme `- { $example }`, avec les colonnes suivantes : { $columns }.
file-column = { $id } ({ $about })
file-column-text = texte
file-column-number = nombre
file-column-date = date
file-column-choice = choix
file-column-required = obligatoire
file-column-or = { " ou " }
file-list-separator = { ", " }
file-column-separator = { " ; " }

## Answers that are not where they should be.
file-not-questions = Réponses dont les identifiants ne correspondent à aucune question du présent questionnaire : vérifiez ces identifiants (`saq validate` donne des précisions).
file-inactive = Réponses mises de côté : une réponse modifiée plus haut a rendu leurs questions sans objet. Elles ne sont pas évaluées ; saq fill replace chacune d'elles sous `answers:` lorsque sa question s'applique de nouveau.
