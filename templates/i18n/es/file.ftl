# Spanish message catalog (es) of the comments saq writes into an answer file
# (saq init, fill, submit, serve) whose answers are in Spanish (`language: es`).
# Same ids as templates/i18n/en/file.ftl, where the comments say what each message is and
# what each variable holds; only the text is translated. Plain text: these lines become YAML
# comments, one message a line (saq wraps them). The YAML keys (answers:, state:,
# not-applicable:, unknown:, focal_point: …) and the values typed (yes, partly, restricted,
# secretariat, public …) stay as they are; the words for the levels of obligation are those
# of labels.ftl (force-phrase-…).
# The focal point is addressed as "usted"; quotations stand in “ ”.

## The opening comment.
file-answers-of = { $state }: respuestas al { $questionnaire } ({ $id } { $version }), que evalúa la aplicación del { $instruments }.
file-instrument-title = { $instrument }
file-assesses-also = { $list } y de las disposiciones del { $instrument }
file-how-to-answer = Escriba cada respuesta después de la clave de su pregunta, en lugar del valor vacío. Las líneas que empiezan por `#` son comentarios: la pregunta, sus indicaciones, la disposición que evalúa y las respuestas que admite. Cualquier respuesta puede sustituirse por { "{" }not-applicable: "motivo"{ "}" } o { "{" }unknown: "motivo"{ "}" }. Cuando una pregunta solo se formula en determinados casos, así se indica: déjela vacía si no se aplica.
file-how-to-commands = saq validate ARCHIVO comprueba el archivo; saq status ARCHIVO indica lo que queda por responder; saq fill ARCHIVO formula las preguntas una a una y guarda el archivo después de cada respuesta (lo reescribe con esta misma presentación: los comentarios propios se conservan en una copia de seguridad, no en el archivo); saq submit ARCHIVO marca las respuestas como presentadas una vez respondidas todas las preguntas obligatorias.

## The header: the focal point, the review cycle, the source and the disclosure.
file-focal-point = El punto focal que valida las respuestas: suprima los signos # que figuran a continuación y complete los datos.
file-optional-review-and-source = Opcional: el ciclo de examen al que corresponden estas respuestas (su fase, el período que abarcan) y su procedencia, por ejemplo un informe nacional publicado: suprima los signos # que figuran a continuación y complete los datos.
file-optional-review = Opcional: el ciclo de examen al que corresponden estas respuestas (su fase, el período que abarcan): suprima los signos # que figuran a continuación y complete los datos.
file-optional-source = Opcional: la procedencia de las respuestas, por ejemplo un informe nacional publicado (con un enlace): suprima los signos # que figuran a continuación y complete los datos.
file-disclosure = Quién puede ver estas respuestas con el nombre del Estado cuando se comparan los Estados: restricted (las respuestas se contabilizan, pero el Estado nunca figura con su nombre; valor predeterminado), secretariat (el Estado figura con su nombre en la vista de distribución reservada destinada a los participantes en el examen y a la secretaría) o public (el Estado acepta que se publiquen sus respuestas).

## Sections and questions.
file-section-asked-when = Las preguntas de esta sección solo se formulan si { $condition }.
file-asked-when = Esta pregunta solo se formula si { $condition }.
file-provision-quoted = Disposición { $provision } ({ $force }): “{ $text }”
file-provision-quoted-above = Disposición { $provision } ({ $force }), citada más arriba.
file-force-mandatory = obligatoria
file-force-mandatory-qualified = obligación sujeta a condiciones
file-force-consider = obligación de considerar la posibilidad
file-force-optional = facultativa
file-force-conditional = condicional
file-force-interpretive = interpretativa
file-source = Fuente: { $source }
file-required = Respuesta obligatoria. { $hint }

## What a question takes. Choice ids are typed as they are; the label beside one is translated.
file-answer-one-of = Indique uno de los valores siguientes: { $choices }.
file-answer-any-of = Indique una lista con uno o varios de los valores siguientes: { $choices }; por ejemplo, [{ $first }].
file-choice = { $id } ({ $label })
file-answer-text = Responda con un texto; si ocupa varias líneas, escriba | después de los dos puntos y, debajo, las líneas con sangría.
file-answer-number = Indique un número.
file-answer-date = Indique una fecha, en el formato AAAA-MM-DD.
file-answer-citations = Indique una lista de medidas, cada una con su título y, si procede, el artículo y un enlace:
file-example-article = artículo 12
file-example-measure = Ley núm. 5 de 2019
file-answer-table = Indique una lista de filas, cada una en la forma `- { $example }`, con las columnas siguientes: { $columns }.
file-column = { $id } ({ $about })
file-column-text = texto
file-column-number = número
file-column-date = fecha
file-column-choice = opción
file-column-required = obligatoria
file-column-or = { " o " }
file-list-separator = { ", " }
file-column-separator = { "; " }

## Answers that are not where they should be.
file-not-questions = Respuestas cuyos identificadores no corresponden a ninguna pregunta de este cuestionario: compruebe esos identificadores (`saq validate` ofrece más detalles).
file-inactive = Respuestas dejadas aparte: al modificarse una respuesta anterior, sus preguntas han dejado de aplicarse. No se evalúan; saq fill vuelve a colocar cada una de ellas bajo `answers:` cuando su pregunta vuelve a aplicarse.
