# Spanish message catalog (es) of the words `saq status`, `saq init` and `saq submit` print for a
# focal point, and of the line that ends `saq review report -o DIR`. Same ids as
# templates/i18n/en/cli.ftl, where the comments say what each variable is; only the text is
# translated. Plain text for a terminal: the commands between backquotes are typed as they are,
# never translated. The user is addressed as "usted"; answers are "presentadas" (submitted), as
# in the reports.

## saq status: a file it could not check.
cli-status-not-in-library = { $file }: no se ha verificado, porque su cuestionario no figura en la biblioteca (véase el problema indicado más arriba)
cli-status-questionnaire-problems = { $file }: no se ha verificado, porque su cuestionario presenta problemas (véase más arriba)
cli-status-unreadable = { $file }: no se puede leer (véanse los problemas indicados más arriba)

## saq status: a file's first line, then a table of its sections.
cli-status-heading = { $file }: respuestas de { $state } ({ $status })
cli-status-column-section = sección
cli-status-column-answered = respondidas
cli-status-column-applicable = aplicables
cli-status-column-required = obligatorias
cli-status-column-missing = sin responder
cli-status-all-sections = todas las secciones
cli-status-required-of = { $answered } de { $required }
cli-status-does-not-apply = no procede: { $reason }
cli-status-and-more = { $list } y { $count } más

## saq status: below the table.
cli-status-not-counted = { $count ->
        [one] { $count } respuesta no computada, dada a una pregunta que no se aplica
       *[other] { $count } respuestas no computadas, dadas a preguntas que no se aplican
    }: { $list }
cli-status-not-counted-help = cada una se explica más arriba (`answer-not-applying`); no se elimina nada
cli-status-submitted-on = respuestas presentadas el { $date }
cli-status-submitted-undated = respuestas presentadas en una fecha desconocida
cli-status-submitted-with-problems = { $submitted }, pero el archivo presenta { $count ->
        [one] { $count } problema
       *[other] { $count } problemas
    } (véase más arriba)
cli-status-ready = respuestas listas para su presentación: se han respondido todas las preguntas obligatorias aplicables (`{ $command }`)
cli-status-missing = no se pueden presentar: { $count ->
        [one] { $count } pregunta obligatoria sigue sin respuesta
       *[other] { $count } preguntas obligatorias siguen sin respuesta
    }: { $list }
cli-status-missing-help = `{ $command }` las formula, empezando por la primera pregunta sin responder
cli-status-problems = no se pueden presentar: el archivo presenta { $count ->
        [one] { $count } problema (indicado más arriba con su línea)
       *[other] { $count } problemas (indicados más arriba con sus líneas)
    }

## saq init: the file written, and what to do next.
cli-init-wrote = se ha creado { $file }: borrador de las respuestas de { $state } al cuestionario { $questionnaire } { $version }, con { $count ->
        [one] su única pregunta
       *[other] sus { $count } preguntas
    }
cli-init-next = a continuación:
cli-init-next-edit = escriba las respuestas con cualquier editor de texto, o ejecute `{ $fill }` para que se le formulen las preguntas una por una;
cli-init-next-check = `{ $status }` indica lo que queda pendiente y `{ $submit }` presenta las respuestas

## saq submit.
cli-submit-already = { $file } ya se presentó ({ $when }); no hay nada que hacer
cli-submit-already-signing = { $file } ya se presentó ({ $when }); se firma tal como está
cli-submit-when = el { $date }
cli-submit-when-unknown = en una fecha desconocida
cli-submit-already-help = para modificar las respuestas, indique `status: draft`, modifíquelas y vuelva a presentarlas
cli-submit-done = se ha presentado { $file }: respuestas de { $state } de fecha { $date }; preguntas aplicables respondidas: { $answered } de { $applicable }
cli-submit-digest = huella digital: { $digest }
cli-submit-validate-note = `{ $command }` señalará en adelante cualquier cambio que se introduzca en las respuestas
cli-submit-signed = { $file } firmado con la clave { $key }: { $signature }
cli-submit-signed-note = envíe { $signature } junto con las respuestas; `{ $command }` permite verificar la firma
cli-submit-backed-up = { $file } reescrito con el formato de saq; { $count ->
        [one] { $count } línea de comentario que usted había añadido se conserva
       *[other] { $count } líneas de comentario que usted había añadido se conservan
    } en { $backup }

## saq review report -o DIR: what was written.
cli-review-report-wrote = { $count ->
        [one] se ha escrito { $count } informe del examen del país
       *[other] se han escrito { $count } informes de exámenes de los países
    }, junto con el panorama general para la secretaría, en { $folder }
