# Spanish message catalog (es) of the words of `saq serve`'s pages (templates/form/). Same ids as
# templates/i18n/en/form.ftl; only the text is translated. The user is addressed as "usted".

## Every page (layout.html.j2).
form-skip = Ir al contenido
form-sections = Secciones
form-answers-of = Respuestas del Estado: <strong>{ $state }</strong>
form-status-on = { $status } el { $date }
form-saved-in = guardadas en <code>{ $file }</code>
form-overall = Respuestas: { $answered } de { $applicable } preguntas; { $required_answered } de { $required } preguntas obligatorias.
form-section-does-not-apply = no procede
form-section-waits = depende de respuestas anteriores
form-section-count = { $answered } de { $applicable }
form-section-missing = { $answered } de { $applicable }; obligatorias pendientes: { $missing }
form-start = Inicio
form-go-start = Ir a la página de inicio
form-report-so-far = Informe sobre las respuestas dadas hasta ahora
form-submit = Enviar

## The start page (start.html.j2).
form-start-title = Inicio
form-start-lead = Las respuestas del Estado, sección por sección: <strong>{ $state }</strong>.
form-start-fact-saved = Cada respuesta se guarda en el archivo <code>{ $file }</code>, en esta computadora, cuando usted hace clic en <strong>Guardar</strong>. No se envía nada a ningún otro lugar.
form-start-fact-resume = Puede interrumpir el trabajo en cualquier momento y retomarlo más tarde: el archivo conserva sus respuestas. Para remitirlas, envíe el archivo por correo electrónico.
form-start-fact-treaty = Cada pregunta muestra, en <em>Texto del tratado</em>, las disposiciones del tratado a las que se refiere. Si una pregunta no se aplica a su país, o no se conoce la respuesta, indíquelo y explique el motivo en <em>¿No puede responder a esta pregunta?</em>
form-start-fact-follow-ups = Las preguntas complementarias aparecen cuando una respuesta anterior lo requiere. La respuesta a una pregunta que ha dejado de aplicarse se conserva en el archivo, se deja aparte y vuelve a aparecer si la pregunta vuelve a aplicarse.
form-start-submitted = Estas respuestas ya se enviaron. Las páginas las muestran, pero aquí ya no se pueden modificar.
form-start-submitted-on = Estas respuestas se enviaron el { $date }. Las páginas las muestran, pero aquí ya no se pueden modificar.
form-start-complete = Se han respondido todas las preguntas obligatorias. Consulte el { $report } y, a continuación, { $submit }.
form-start-complete-report = informe sobre las respuestas
form-start-complete-submit = envíelas
form-start-sections = Secciones
form-start-table-caption = Preguntas respondidas en cada sección
form-start-col-section = Sección
form-start-col-answered = Respondidas
form-start-col-missing = Obligatorias sin responder
form-start-does-not-apply = No procede
form-start-waits = Depende de respuestas anteriores
form-start-count = { $answered } de { $applicable }
form-start-begin = Comenzar por la sección «{ $section }»

## A section (section.html.j2, macros.html.j2).
form-error-prefix = Error:
form-problem = Hay un problema
form-problem-nothing-saved = No se ha guardado nada de esta página. Corrija lo que se indica a continuación y vuelva a guardar.
form-conflict-title = Otro programa ha modificado el archivo
form-conflict-text = Alguien guardó <code>{ $file }</code> (en un editor de texto u otra instancia de saq) después de que se generara esta página. Sus respuestas en esta página <strong>no se guardaron</strong> y se conservaron las de esa otra persona.
form-conflict-choice = El formulario que figura a continuación sigue mostrando lo que usted introdujo. { $reload }, o haga clic de nuevo en Guardar para sustituir las respuestas de esa otra persona a esta sección por lo que usted introdujo (los demás cambios de esa persona se mantienen).
form-conflict-choice-reload = Cargue esta sección tal como figura ahora en el archivo
form-saved = Guardado.
form-kept-aside = Estas preguntas ya no se aplican; sus respuestas se conservan en el archivo, se dejan aparte y volverán a aparecer si las preguntas vuelven a aplicarse:
form-restored = Estas preguntas vuelven a aplicarse; se han recuperado sus respuestas anteriores:
form-unchanged = No había ningún cambio: el archivo sigue igual.
form-not-obligations = Estas preguntas no se refieren a obligaciones derivadas del tratado.
form-section-skipped = Esta sección no se aplica a su país: { $reason }.
form-read-only = Estas respuestas ya se enviaron, por lo que se muestran pero no se pueden modificar.
form-save = Guardar
form-save-next = Guardar e ir a la sección siguiente
form-pager = Sección anterior y sección siguiente
form-required = (obligatoria)
form-source = Fuente: { $source }
form-aside-note = Esta respuesta se dejó aparte cuando la pregunta dejó de aplicarse; se ha conservado y vuelve a contar ahora que la pregunta se aplica de nuevo.
form-treaty-text = Texto del tratado
form-treaty-text-of = Texto del tratado: { $provisions }
form-provision = { $article } — disposición { $provision }, { $force }
form-qualified-by = Condición: { $qualifier }
form-applies-where = Condiciones de aplicación: { $condition }
form-your-answer = Su respuesta
form-number = Número
form-date = Fecha
form-measure = Medida { $n }
form-row = Fila { $n }
form-add-measure = Guardar y añadir otra medida
form-add-row = Guardar y añadir otra fila
form-cannot-answer = ¿No puede responder a esta pregunta?
form-cannot-answer-legend = Si no es posible responder a la pregunta
form-answer-above = La respondo más arriba
form-not-applicable-because = No se aplica a mi país, porque…
form-unknown-because = No se conoce la respuesta, porque…
form-why = Motivo
form-column-title = Título de la ley o medida
form-column-article = Artículo o sección
form-column-url = Enlace al texto

## The report page (report.html.j2).
form-report-title = Informe hasta la fecha
form-report-note = Este es el informe sobre las respuestas guardadas hasta la fecha, tal como lo generaría hoy el comando <code>saq report</code> de la secretaría. Cambia a medida que usted responde.

## Submitting (submit.html.j2).
form-submit-title = Enviar las respuestas
form-submit-refused = No se enviaron las respuestas: { $count ->
    [one] { $count } pregunta obligatoria aún no tiene respuesta.
   *[other] { $count } preguntas obligatorias aún no tienen respuesta.
}
form-submit-see-missing = Ver las preguntas pendientes
form-submitted = { $state }: se han enviado las respuestas.
form-submitted-on = { $state }: las respuestas se enviaron el { $date }.
form-submitted-file = El archivo <code>{ $file }</code> indica ahora <code>status: submitted</code> y contiene una huella digital de sus respuestas: cualquier cambio posterior en ellas se detectará al verificarlo. Envíe el archivo a la secretaría según lo convenido.
form-submitted-digest = Su huella digital: <code>{ $digest }</code>.
form-submitted-sign = Para firmarlo también, ejecute <code>{ $command }</code> en esta computadora.
form-submit-counts = Se han respondido { $answered } de { $applicable } preguntas aplicables, y { $required_answered } de las { $required } obligatorias.
form-still-to-answer = Preguntas pendientes
form-still-to-answer-text = Estas preguntas obligatorias deben responderse antes de que puedan enviarse las respuestas (la respuesta también puede indicar que la pregunta no se aplica o que no se conoce la respuesta, y explicar el motivo):
form-ready = Se han respondido todas las preguntas obligatorias. Al enviarlas, el archivo queda marcado como enviado, con la fecha de hoy y una huella digital de sus respuestas, de modo que cualquier cambio posterior sea visible. Después, ya no podrán modificarse las respuestas en este formulario.
form-submit-button = Enviar las respuestas

## A page that says what went wrong (problem.html.j2): a title, then what to do. The system's
## own reason, when there is one, is shown below it as it is.
form-problem-unreadable = No se puede leer el archivo de respuestas
form-problem-unreadable-text = saq no pudo leerlo, por el motivo que se indica a continuación. No se ha guardado nada.
form-problem-invalid = El archivo de respuestas contiene errores
form-problem-invalid-text = Se modificó fuera de este formulario y ya no supera las verificaciones. Corrija en un editor de texto los errores que se indican a continuación (saq validate también los enumera) y, después, vuelva a cargar esta página. No se ha guardado nada.
form-problem-expired = Este formulario ha caducado
form-problem-expired-text = Se generó en una ejecución anterior de saq serve. Vuelva atrás, cargue de nuevo la página e introduzca otra vez las respuestas. No se ha guardado nada.
form-problem-no-section = La sección no existe
form-problem-no-section-text = El cuestionario no tiene ninguna sección con ese nombre. Elija una de la lista.
form-problem-submitted = Estas respuestas ya se enviaron
form-problem-submitted-text = Un conjunto de respuestas enviado no se modifica. Para modificarlo, indique status: draft en el archivo y vuelva a enviarlo.
form-problem-write = No se pudieron escribir las respuestas
form-problem-write-text = El motivo se indica a continuación. El archivo sigue igual que antes de que se remitiera esta página.
form-problem-save = No se pudieron guardar las respuestas
form-problem-save-text = El motivo se indica a continuación. El archivo sigue igual que antes de que se remitiera esta página.
form-problem-report = No se puede generar el informe
form-problem-report-text = El motivo se indica a continuación. Las respuestas no se ven afectadas.
form-problem-changed-before-submit = Otro programa ha modificado el archivo de respuestas
form-problem-changed-before-submit-text = El archivo se modificó después de que se generara esta página, por lo que las respuestas no se enviaron. Revise de nuevo las respuestas y envíelas desde una página recién cargada.
form-problem-changed-while-submitting = Otro programa ha modificado el archivo de respuestas
form-problem-changed-while-submitting-text = El archivo se modificó mientras se enviaba, por lo que las respuestas no se enviaron. Revise de nuevo las respuestas y envíelas desde una página recién cargada.
form-problem-submit = No se pudieron enviar las respuestas
form-problem-submit-text = El motivo se indica a continuación. El archivo sigue igual.
form-problem-no-page = La página no existe
form-problem-no-page-text = Este formulario no tiene ninguna página en esa dirección. Vuelva a la página de inicio.

## A value refused at its field (the error beside it and in the summary). $value is what was
## typed; $row a row's number; $column a table column's label.
form-error-reason-unknown = indique por qué no se conoce la respuesta: se requiere un motivo
form-error-reason-not-applicable = indique por qué no se aplica la pregunta: se requiere un motivo
form-error-reason-help = por ejemplo: “no hay fabricantes con licencia en el país”
form-error-number = “{ $value }” no es un número
form-error-number-help = introduzca solo cifras, por ejemplo, 42 o 3.5
form-error-date = “{ $value }” no es una fecha
form-error-date-help = introduzca la fecha con el formato YYYY-MM-DD, por ejemplo, 2026-03-31
form-error-url = medida { $row }: “{ $value }” no es una dirección web; introdúzcala completa, empezando por https://, u omita el enlace
form-error-title = medida { $row }: indique su título, por ejemplo, “{ $example }”
form-error-measure = medida { $row }: { $problem }
form-error-cell-number = fila { $row }, { $column }: “{ $value }” no es un número (por ejemplo, 42)
form-error-cell-date = fila { $row }, { $column }: “{ $value }” no es una fecha con el formato YYYY-MM-DD
form-error-cell-choice = fila { $row }, { $column }: “{ $value }” no es ninguna de las opciones indicadas
form-error-cell-text = fila { $row }, { $column }: “{ $value }” no es texto
