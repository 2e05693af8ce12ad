# Spanish message catalog (es) of the words of `saq fill`, the interview in the terminal. Same ids
# as templates/i18n/en/fill.ftl; only the text is translated. Plain text. The user is addressed
# as "usted". The commands (/back, /skip, /na…), the word `none`, the pattern YYYY-MM-DD and the
# names VISUAL and EDITOR are typed as they are and stay untranslated. The Enter key is "Intro".

## /help: the commands, one line each.
fill-help-title = Comandos, disponibles en cualquier pregunta:
fill-help-reason = MOTIVO
fill-help-back = volver a la pregunta anterior
fill-help-skip = dejar esta pregunta como está y continuar (la tecla Intro hace lo mismo)
fill-help-na = la pregunta no se aplica a su país, con indicación del motivo
fill-help-unknown = no se conoce la respuesta, con indicación del motivo
fill-help-quit = detenerse aquí: todas las respuestas dadas hasta ahora ya están guardadas
fill-help-lines = (texto) escribir varias líneas y, a continuación, una línea que contenga solo un punto
fill-help-edit = (texto) redactar la respuesta en su editor ($VISUAL o $EDITOR)
fill-help-help = esta lista
fill-help-slash = Una respuesta que empiece por / se escribe con dos barras: //.
fill-help-stop = Ctrl-C detiene el programa de inmediato; todas las respuestas dadas hasta ahora ya están guardadas.

## Commands typed.
fill-not-a-command = `{ $command }` no es un comando; /help muestra la lista
fill-why-not-applicable = ¿Por qué no se aplica?
fill-why-unknown = ¿Por qué no se conoce?
fill-reason-needed = Es necesario indicar un motivo; se vuelve a la pregunta.
fill-type-lines = Escriba las líneas; termine con una línea que contenga solo un punto (.).
fill-not-text = Esta orden solo sirve para las preguntas que se responden con un texto.
fill-no-editor = No hay ningún editor definido: defina VISUAL o EDITOR (por ejemplo, nano o notepad), o utilice /lines.
fill-editor-failed = Se produjo un error en el editor: { $error }

## A question.
fill-where = [{ $section } · respondidas: { $answered } de { $applicable ->
    [one] { $applicable } pregunta aplicable
   *[other] { $applicable } preguntas aplicables
}]
fill-question = { $text }  ({ $id })
fill-question-required = { $text }  ({ $id }, obligatoria)
fill-provision = Disposición { $id }: «{ $text }»
fill-on-file = Respuesta registrada: { $answer }

## The prompts.
fill-enter-keeps = Intro para conservar la respuesta registrada
fill-enter-skips = Intro para omitirla
fill-ask-choice = Número ({ $enter }):
fill-ask-choices = Números separados por comas, o `none` ({ $enter }):
fill-ask-text = Texto en una línea, /lines para varias líneas, /edit para su editor ({ $enter }):
fill-ask-number = Valor numérico ({ $enter }):
fill-ask-date = Fecha, con el formato YYYY-MM-DD ({ $enter }):

## Lists.
fill-ask-measure = Medida { $number }: título (Intro cuando la lista esté completa):
fill-ask-article = artículo o sección (Intro si no hay):
fill-ask-link = enlace (Intro si no hay):
fill-row = Fila { $number } (Intro en la primera columna cuando el cuadro esté completo):
fill-column = { $label } ({ $kind }):
fill-column-required = { $label } ({ $kind }, obligatoria):
fill-column-text = texto
fill-column-number = número
fill-column-date = YYYY-MM-DD
fill-column-is-required = Esta columna es obligatoria.

## What was typed is not a value of the kind asked for.
fill-not-a-choice = Escriba un número del 1 al { $last }, o /help.
fill-not-choices = Escriba números del 1 al { $last }, por ejemplo, `1, 3`, o /help.
fill-not-a-number = Escriba solo cifras, con el punto como separador decimal, por ejemplo, 42 o 3.5.
fill-not-a-date = Escriba la fecha con el formato YYYY-MM-DD, por ejemplo, 2026-03-31.

## An answer on file.
fill-answer-none = ninguna opción
fill-answer-measures = { $count ->
    [one] { $count } medida citada
   *[other] { $count } medidas citadas
}
fill-answer-rows = { $count ->
    [one] { $count } fila
   *[other] { $count } filas
}
fill-answer-not-applicable = no se aplica: { $reason }
fill-answer-unknown = no se conoce: { $reason }
fill-list-separator = {", "}

## Notices during the interview.
fill-resuming = Se reanuda en la primera pregunta sin responder, { $id } (respondidas: { $answered } de { $applicable ->
    [one] { $applicable } pregunta aplicable
   *[other] { $applicable } preguntas aplicables
}).
fill-section-progress = Respondidas en esta sección: { $answered } de { $applicable ->
    [one] { $applicable } pregunta aplicable
   *[other] { $applicable } preguntas aplicables
}. /help muestra la lista de comandos.
fill-section-skipped = Se omite la sección «{ $section }»: { $reason }
fill-question-skipped = Se omite la pregunta { $id } («{ $text }»): { $reason }
fill-not-saved = No se guardó: { $problem }
fill-kept-aside = { $count ->
    [one] Se ha dejado aparte, sin eliminarla, la respuesta a { $questions }, que ya no se aplica. Se conserva en `inactive:` y volverá a aparecer si la pregunta vuelve a aplicarse.
   *[other] Se han dejado aparte, sin eliminarlas, las respuestas a { $questions }, que ya no se aplican. Se conservan en `inactive:` y volverán a aparecer si las preguntas vuelven a aplicarse.
}
fill-restored = { $count ->
    [one] Se ha recuperado su respuesta anterior a { $questions }.
   *[other] Se han recuperado sus respuestas anteriores a { $questions }.
}
fill-at-first = Esta es la primera pregunta.
fill-finished-all = Fin del cuestionario: todas las preguntas aplicables tienen respuesta.
fill-finished = Fin del cuestionario. { $count ->
    [one] { $count } pregunta aplicable sigue sin respuesta
   *[other] { $count } preguntas aplicables siguen sin respuesta
}; ninguna es obligatoria.
fill-finished-required = Fin del cuestionario. { $count ->
    [one] { $count } pregunta aplicable sigue sin respuesta
   *[other] { $count } preguntas aplicables siguen sin respuesta
}; obligatorias sin responder: { $required } ({ $questions }).

## After the interview.
fill-saved = Se ha guardado { $file }: respondidas { $answered } de { $applicable ->
    [one] { $applicable } pregunta aplicable
   *[other] { $applicable } preguntas aplicables
}, y { $required_answered } de { $required ->
    [one] { $required } obligatoria
   *[other] las { $required } obligatorias
}.
fill-next-submit = Siguiente paso: `{ $submit }` envía las respuestas.
fill-next-fill = Siguiente paso: `{ $fill }` continúa desde la primera pregunta sin responder; `{ $status }` muestra lo que falta.
