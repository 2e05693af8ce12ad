# country messages (es): see templates/i18n/en/country.ftl for the ids.
#
# Spanish message catalog (es) of the country report (templates/country.md.j2). Same ids as
# templates/i18n/en/country.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. A reported status ("situación declarada") restates
# the State's own answers: never a finding of compliance nor a ranking of States.

## Title and opening lines.

country-title = { $state }: aplicación del { $instrument }
country-intro = Análisis de las deficiencias basado en el cuestionario de autoevaluación “{ $title }”.

## The list of facts under the title.

country-label-state = Estado:
country-label-questionnaire = Cuestionario:
country-questionnaire-version = { $id }, versión { $version }
country-label-review-cluster = Grupo temático del examen:
country-cluster-scope = { $id }. { $title }: solo se preguntó por las disposiciones de este grupo y solo estas figuran en el informe
country-cluster-scope-unverified = (la asignación de los artículos a los grupos temáticos no está verificada)
country-label-status = Estado de tramitación:
country-status-submitted = presentado
country-status-draft = borrador: las respuestas aún pueden cambiar
country-label-started = Fecha de inicio:
country-label-last-updated = Última actualización:
country-label-submitted = Fecha de presentación:
country-label-review = Examen:
country-review-cycle = ciclo { $cycle }
country-review-period = período { $period }
country-label-source = Fuente:
country-label-disclosure = Divulgación:
country-disclosure = { $disclosure }: el Estado puede figurar con su nombre en la vista comparativa por Estado, de distribución reservada{ $level ->
        [public] , y ha aceptado que se publiquen sus respuestas
       *[other] {""}
    }

country-disclaimer =
    En el presente informe se describen las medidas comunicadas por { $state } en su autoevaluación.
    No constituye ni una clasificación de los Estados ni una constatación de cumplimiento: cada
    situación declarada reproduce las propias respuestas del Estado, a fin de apoyar el diálogo del
    examen y la asistencia técnica. Corresponde a los Estados examinadores formular observaciones y
    sugerencias.

## Headings of the report's parts, also the link texts of the contents.

country-contents = Índice
country-summary = Resumen
country-gaps = Deficiencias y posibles medidas
country-optional = Medidas facultativas no adoptadas
country-scope = Alcance de las medidas
country-assistance = Necesidades de asistencia técnica
country-law-practice = Legislación y práctica
country-unanswered = Preguntas sin respuesta
country-not-applying = Respuestas a preguntas que no proceden
country-annex = Anexo: medidas citadas

## The contents: the line before the links to each section of the questionnaire.

country-said-by-section = Lo declarado por { $state }, sección por sección:
country-article = Artículo { $article }

## Summary: coverage and answers.

country-label-coverage = Cobertura:
country-coverage-all = { $applicable ->
        [0] ninguna disposición es aplicable.
        [one] la única disposición aplicable tiene una situación declarada.
       *[other] cada una de las { $applicable } disposiciones aplicables tiene una situación declarada.
    }
country-coverage-none =
    { $applicable ->
        [one] la única disposición aplicable aún no tiene ninguna situación declarada
       *[other] ninguna de las { $applicable } disposiciones aplicables tiene aún una situación declarada
    }: las respuestas dadas hasta ahora no dicen nada sobre la aplicación.
country-coverage-some =
    una situación declarada para { $assessed } de las { $applicable } disposiciones aplicables; { $remaining ->
        [one] la otra aún no se ha evaluado, y nada de lo que sigue se refiere a ella.
       *[other] las otras { $remaining } aún no se han evaluado, y nada de lo que sigue se refiere a ellas.
    }
country-questions-answered =
    Se ha respondido a { $answered } de las { $applicable } preguntas aplicables
    ({ $percent } %).
country-required-missing = { $required ->
        [one] La única pregunta obligatoria sigue sin respuesta.
       *[other] { $missing ->
            [one] { $missing } de las { $required } preguntas obligatorias sigue sin respuesta.
           *[other] { $missing } de las { $required } preguntas obligatorias siguen sin respuesta.
        }
    }

## Summary: the table of reported statuses.

country-col-reported-status = Situación declarada
country-col-provisions = Disposiciones
country-row-considered = Examinado (obligaciones de considerar la posibilidad)
country-row-not-considered = No examinado (obligaciones de considerar la posibilidad)
country-row-adopted = Adoptado (medidas facultativas o examinadas)
country-row-partially-adopted = Adoptado en parte (medidas facultativas o examinadas)
country-row-not-adopted = No adoptado (medidas facultativas; no constituye una deficiencia)

## Summary: the tables by article and by review cluster.

country-by-article = Por artículo
country-by-article-intro =
    “Evaluadas” indica el número de disposiciones aplicables que tienen una situación declarada.
    “Aplicadas” incluye también las medidas facultativas y examinadas que se han adoptado; “No”
    incluye las obligaciones no aplicadas y las medidas que debían examinarse y no se examinaron.
    Las medidas facultativas no adoptadas no constituyen deficiencias.
country-by-cluster = Por grupo temático del examen
country-col-article = Artículo
country-col-cluster = Grupo temático
country-col-assessed = Evaluadas
country-col-implemented = Aplicadas
country-col-in-part = En parte
country-col-not = No
country-col-considered = Examinadas
country-col-optional-not-adopted = Facultativas, no adoptadas
country-col-not-applicable = No proceden
country-assessed-of = { $assessed } de { $applicable }
country-other-article = { $instrument }, artículo { $article }. { $title }
country-cluster-mapping-unverified = La asignación de los artículos a los grupos temáticos del examen no está verificada.
country-cluster-mapping-unverified-source = La asignación de los artículos a los grupos temáticos del examen no está verificada: { $source }.

## Summary: the provision matrix.

country-matrix = Cuadro de disposiciones
country-matrix-intro =
    Una fila por cada disposición que tiene una situación declarada, en el orden del tratado.
    “Medidas” indica el número de medidas citadas (la legislación); “Ejemplos” indica si se dieron
    ejemplos de aplicación (la práctica).
country-col-provision = Disposición
country-col-obligation = Obligación
country-col-measures = Medidas
country-col-examples = Ejemplos
country-col-flags = Alertas
country-status-reason = { $status }: { $reason }
country-examples-yes = sí
country-examples-no = no
country-flag-scope-finding = Constatación sobre el alcance
country-other-instrument = { $instrument }: disposiciones evaluadas
country-other-instrument-intro = El cuestionario también evalúa las siguientes disposiciones de este instrumento ({ $instrument }).
country-label-not-assessed-count = { $count ->
        [one] Disposición aún no evaluada ({ $count }):
       *[other] Disposiciones aún no evaluadas ({ $count }):
    }

## Gaps and possible measures.

country-gaps-none-assessed = Todavía no se ha evaluado ninguna disposición, por lo que no puede deducirse ninguna deficiencia de las respuestas.
country-gaps-none-some-assessed =
    No hay deficiencias entre las disposiciones evaluadas ({ $assessed } de las { $applicable }
    disposiciones aplicables). { $remaining ->
        [one] La otra aún no se ha evaluado; esta constatación no se refiere a ella.
       *[other] Las otras { $remaining } aún no se han evaluado; esta constatación no se refiere a ellas.
    }
country-gaps-none = { $state } no declara ninguna obligación como no aplicada o aplicada parcialmente.
country-gaps-intro =
    Obligaciones declaradas como no aplicadas o aplicadas parcialmente, y disposiciones cuya
    posibilidad el Estado debía considerar y declara no haber considerado: primero las obligaciones
    imperativas, luego las obligaciones sujetas a condiciones, las disposiciones condicionales y las
    obligaciones de considerar la posibilidad. Las posibles medidas son elementos para el diálogo del
    examen, no conclusiones.
country-gaps-not-assessed = { $remaining ->
        [one] { $remaining } de las { $applicable } disposiciones aplicables aún no se ha evaluado.
       *[other] { $remaining } de las { $applicable } disposiciones aplicables aún no se han evaluado.
    }
country-provision-heading = { $provision }: { $status } ({ $force })
country-element = *Elemento con fuerza propia:* “{ $text }”: { $force }
country-evidence-informs = Esta respuesta se refiere a una parte de la disposición con menor fuerza; se muestra, pero no modifica la situación declarada.
country-evidence-lowers = Esta respuesta puede rebajar la situación declarada como máximo a “{ $status }”, y no la determina por sí sola.
country-label-steps = Medidas previstas:
country-label-possible-measures = Posibles medidas (para el diálogo):
country-gap-said = Todo lo declarado por { $state } sobre el artículo { $article }: { $link }.

## Optional measures not adopted.

country-optional-intro =
    Disposiciones que el { $instrument } deja a criterio de cada Estado (“podrán”, “se alienta”, o
    medidas ilustrativas de un sistema cuya posibilidad se ha de considerar) y que, según
    { $state }, no se han adoptado o solo se han adoptado en parte. No constituyen deficiencias.
country-optional-heading = { $provision }: { $status }

## Scope of the measures.

country-scope-none = Ninguna respuesta sobre las definiciones o el ámbito de aplicación implica una restricción de los términos del { $instrument }.
country-scope-intro =
    Lo que las respuestas sobre las definiciones y el ámbito de aplicación implican para el alcance de
    las medidas declaradas: cuando una definición o un delito del derecho interno es más restringido
    que el del tratado, es posible que las medidas declaradas en relación con las disposiciones
    mencionadas no abarquen todo lo que abarca el tratado.
country-label-bears-on = Afecta a:

## Technical assistance needs.

country-assistance-none = { $state } no solicita asistencia técnica en sus respuestas.
country-col-assistance-kind = Tipo de asistencia
country-col-requested-for = Solicitada para los artículos
country-article-heading = Artículo { $article }. { $title }
country-label-kinds = Tipos:
country-kinds-not-specified = sin especificar
country-label-details = Detalles:
country-label-already-received = Ya recibida:
country-assistance-received = Asistencia recibida en artículos para los que no se solicita asistencia
country-col-assistance-received = Asistencia ya recibida

## Law and practice.

country-law-practice-none =
    Todas las disposiciones declaradas como aplicadas se sustentan en medidas citadas y en ejemplos de
    aplicación, cuando el cuestionario los solicitaba.
country-law-practice-intro =
    Disposiciones declaradas como aplicadas, total o parcialmente, respecto de las cuales las
    respuestas no citan ninguna medida (la legislación) o no dan ningún ejemplo de aplicación (la
    práctica), cuando el cuestionario los solicitaba.

## What the State said, section by section.

country-section-not-obligation =
    Estas preguntas no se refieren a obligaciones dimanantes del { $instrument }: las respuestas
    sirven de información para el examen.
country-section-does-not-apply = No procede: { $reason }
country-label-qualifier = Salvedad:
country-label-applies = Se aplica:
country-label-not-applicable = No procede:
country-label-unknown = Se desconoce:
country-label-scope = Alcance:
country-label-flag = Alerta:
country-label-not-assessed = Aún no evaluadas:
country-whole-article = Para el artículo en su conjunto
country-no-answer = Aún no hay respuesta.

## Unanswered questions.

country-unanswered-none = Se ha respondido a todas las preguntas aplicables.
country-unanswered-count = { $count ->
        [one] { $count } pregunta aplicable aún no tiene respuesta.
       *[other] { $count } preguntas aplicables aún no tienen respuesta.
    }
country-unanswered-count-required = { $count ->
        [one] { $count } pregunta aplicable aún no tiene respuesta; es obligatoria para la presentación.
       *[other] { $count } preguntas aplicables aún no tienen respuesta; { $required ->
            [one] { $required } de ellas es obligatoria para la presentación.
           *[other] { $required } de ellas son obligatorias para la presentación.
        }
    }
country-required = obligatoria

## Answers to questions that do not apply.

country-not-applying-intro =
    Estas respuestas se dieron a preguntas que no proceden habida cuenta de las demás respuestas, por
    lo que no se computan en ninguna de las situaciones anteriores. Se conservan aquí para que no se
    pierda nada de lo que escribió el Estado.
country-not-counted = No computada: { $reason }.

## Annex: measures cited.

country-annex-none = No se cita ninguna medida.
country-col-measure = Medida
country-col-article-or-section = Artículo o sección
country-col-cited-for = Citada para

## The language the State wrote its answers in (header list).
country-label-answers-language = Idioma de las respuestas:
country-answers-as-written = { $language }: las respuestas se reproducen tal como fueron redactadas
