# views messages (es): see templates/i18n/en/views.ftl for the ids.
#
# Las vistas comparativas nunca clasifican a los Estados: cada mensaje lo recuerda donde el inglés
# lo dice.

## comparative.md.j2: la vista comparativa. No nombra a ningún Estado ni clasifica a ninguno.

comparative-title = Vista comparativa: aplicación del { $instrument }
comparative-questionnaire =
    Respuestas al cuestionario de autoevaluación “{ $title }” (versión
    { $version }).
comparative-disclaimer = *Esta vista comparativa describe las medidas que los Estados comunicaron en sus autoevaluaciones. No
    nombra a ningún Estado ni establece una clasificación de los Estados; no constituye una determinación de cumplimiento. Las cifras se refieren
    a las disposiciones: cuántos Estados declaran cada una aplicada, en parte, no aplicada o no procedente. Una
    medida facultativa que un Estado no ha adoptado no constituye una deficiencia.*
comparative-drafts-note = *Incluye { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    }: un borrador no es
    lo que el punto focal del Estado ha validado.*

comparative-covers = Alcance de esta vista
comparative-covers-counted = **Conjuntos de respuestas incluidos:** { $counted }{ $all_counted ->
        [yes] {""}
       *[no] {" "}de los { $reported } comunicados
    }{ $one_per_state ->
        [yes] {""}
       *[no] , procedentes de { $states ->
            [one] { $states } Estado
           *[other] { $states } Estados
        } (un Estado con dos conjuntos de respuestas, por ejemplo de dos ciclos de examen, se cuenta dos veces)
    }.
comparative-covers-left-out = **Excluidos:** { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    }. Los borradores
    solo se incluyen a petición (`saq report --include-drafts`): un borrador no es lo que el punto focal
    del Estado ha validado.
comparative-covers-drafts = **Borradores:** las cifras incluyen { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    }.
comparative-covers-cycles = **Ciclos de examen:** { $cycles }.
comparative-cycle = { $cycle } ({ $count ->
        [one] { $count } conjunto de respuestas
       *[other] { $count } conjuntos de respuestas
    })
comparative-cycle-period = período { $period }
comparative-cycle-not-stated = no indicado
comparative-covers-sources = **Fuentes:** { $with_source ->
        [0] ningún conjunto de respuestas incluido indica de dónde proceden sus respuestas.
        [one] { $with_source } de los { $counted } conjuntos de respuestas indica
            de dónde proceden sus respuestas; el informe de país correspondiente
            cita su fuente.
       *[other] { $with_source } de los { $counted } conjuntos de respuestas indican de dónde proceden sus respuestas; el informe de país
            de cada uno cita su fuente.
    }
comparative-covers-no-state-named = **No se nombra a ningún Estado.** Difusión de los conjuntos de respuestas incluidos: { $restricted }
    de distribución reservada, { $secretariat } para la secretaría, { $public } públicos. La
    matriz disposiciones × Estados de los Estados cuyos conjuntos de respuestas lo permiten (secretaría o público) es una
    vista aparte, solo para los participantes en el examen y la secretaría (`saq report --named`).
comparative-few-answer-sets =
    > **Con menos de tres conjuntos de respuestas incluidos, estas cifras pueden revelar lo que ha comunicado un Estado.**
    > Comparta esta vista solo como compartiría las propias respuestas de los Estados.
comparative-nothing-counted = No se incluye ningún conjunto de respuestas, por lo que no hay nada que comparar.

comparative-col-provision = Disposición
comparative-col-obligation = Obligación
comparative-col-assessed = Evaluada
comparative-col-implemented = Aplicada
comparative-col-in-part = En parte
comparative-col-not = No
comparative-col-considered = Examinada
comparative-col-not-adopted = Facultativa, no adoptada
comparative-col-not-applicable = No procede
comparative-col-not-assessed = No evaluada
comparative-col-article = Artículo

comparative-provisions = Disposiciones en el conjunto de los Estados
comparative-provisions-intro =
    “{ comparative-col-assessed }” cuenta los Estados que asignaron una situación a la disposición (incluido “no procede”), de los
    { $counted } incluidos. “{ comparative-col-implemented }” cuenta también las medidas facultativas y examinadas que se adoptaron; “{ comparative-col-not }”
    cuenta las obligaciones no aplicadas y las medidas que debían examinarse y no se examinaron.
comparative-assessed-of = { $assessed } de { $counted }

comparative-by-article = Por artículo
comparative-by-article-intro = Cifras relativas a los Estados incluidos y a las disposiciones de cada artículo.
comparative-article = { $article }. { $title }
comparative-article-other = { $instrument }, artículo { $article }. { $title }

comparative-gaps = Dónde se concentran las deficiencias
comparative-gaps-none =
    Ningún Estado incluido declara una obligación no aplicada o aplicada parcialmente, entre las disposiciones que cada uno
    evaluó.
comparative-gaps-intro =
    Obligaciones que los Estados declaran no aplicadas o aplicadas parcialmente (o, en el caso de una disposición
    de “considerará la posibilidad”, no examinadas): primero las obligaciones imperativas, luego las sujetas a condiciones, las condicionales y las de
    “considerará la posibilidad”, en cada caso las declaradas con más frecuencia en primer lugar. Las deficiencias de cada disposición se cuentan
    entre los Estados que la evaluaron: un Estado que no ha respondido sobre una disposición no declara ninguna deficiencia
    en ella, ni tampoco ninguna aplicación.
comparative-col-states-with-gap = Estados que declaran una deficiencia
comparative-col-not-implemented = No aplicada o no examinada
comparative-col-partially = En parte
comparative-gap-states = { $gap } de los { $assessed } { $assessed ->
        [one] Estado que la evaluó
       *[other] Estados que la evaluaron
    }

comparative-assistance = Demanda de asistencia técnica
comparative-assistance-none = Ningún Estado incluido solicita asistencia técnica en sus respuestas.
comparative-assistance-intro =
    Cuántos de los { $counted } Estados incluidos solicitan cada tipo de asistencia, y para qué
    artículos.
comparative-col-kind = Tipo de asistencia
comparative-col-states-requesting = Estados que la solicitan
comparative-col-articles-states = Artículos (Estados)
comparative-col-states-requesting-assistance = Estados que solicitan asistencia
comparative-col-kinds-states = Tipos (Estados)

## comparative-named.md.j2: la vista nominativa, de distribución reservada. Los Estados figuran por
## orden alfabético y nunca se clasifican.

named-restricted = Distribución reservada: solo para los participantes en el examen y la secretaría.
named-title = Vista comparativa por Estado: aplicación del { $instrument }
named-notice =
    > **{ named-restricted }** Esta vista nombra a los Estados
    > cuyos conjuntos de respuestas lo permiten (`disclosure: secretariat` o `public`), con la situación que cada uno
    > declara para cada disposición. No la transmita. La vista comparativa que la acompaña ofrece las mismas
    > cifras sin nombrar a ningún Estado.
named-questionnaire =
    Respuestas al cuestionario de autoevaluación “{ $title }” (versión
    { $version }).
named-state-draft = { $state } ({ named-draft })
named-review-period = (período { $period })
named-drafts-note = *Incluye { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    }, con la indicación “({ named-draft })”.*
named-draft = borrador
named-count = **Estados nombrados:** { $count ->
        [0] ninguno
        [one] { $count }, por orden alfabético
       *[other] { $count }, por orden alfabético
    }.
named-not-named = **Estados no nombrados:** { $count ->
        [one] { $count } Estado no se nombra: sus respuestas son de distribución reservada.
       *[other] { $count } Estados no se nombran: sus respuestas son de distribución reservada.
    }
named-drafts = **Borradores:** la vista incluye { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    }, con la indicación “({ named-draft })”.
named-left-out = **Excluidos:** { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    } (solo se incluyen con
    `saq report --include-drafts`).
named-disclaimer = *Los Estados figuran por orden alfabético; la vista no establece una clasificación de los Estados ni constituye una determinación
    de cumplimiento. Cada situación recoge lo que el Estado comunicó en su autoevaluación.*
named-pages = Páginas
named-pages-intro = Los Estados nombrados se presentan en páginas de { $size }, por orden alfabético:
named-page = Estados { $first } a { $last }: de { $from } a { $to }
named-no-matrix = Ningún conjunto de respuestas incluido permite nombrar a su Estado, por lo que no hay matriz que mostrar.
named-states = Estados nombrados
named-col-state = Estado
named-col-code = Código
named-col-review = Examen
named-col-source = Fuente
named-col-status = Estado de las respuestas
named-col-disclosure = Difusión
named-col-answered = Respondido
named-matrix = Matriz disposiciones × Estados
named-matrix-legend =
    { verdict-short-implemented }: aplicada; { verdict-short-partially-implemented }: aplicada parcialmente; { verdict-short-not-implemented }: no aplicada; { verdict-short-considered }: examinada; { verdict-short-not-considered }:
    no examinada; { verdict-short-adopted }, { verdict-short-partially-adopted }, { verdict-short-not-adopted }: medida facultativa o examinada adoptada, adoptada en
    parte, no adoptada (no es una deficiencia); { verdict-short-not-applicable }: no procede; { verdict-short-not-assessed }: no evaluada. Estados por orden alfabético.
named-group-one = Artículo { $first }
named-group-two = Artículos { $first } y { $last }
named-group-range = Artículos { $first } a { $last }

## index.md.j2: el índice de un lote de informes de país, para la secretaría. Los Estados figuran por
## orden alfabético y nunca se clasifican.

index-title = Informes de los países: { $instrument }
index-questionnaire = Cuestionario de autoevaluación “{ $title }”, versión { $version }.
index-comparative = [La vista comparativa de los Estados]({ $href }) incluye
    { $count ->
        [one] { $count } conjunto de respuestas
       *[other] { $count } conjuntos de respuestas
    } y no nombra a ningún Estado.
index-named = [La vista por Estado]({ $href }) (distribución reservada: solo para los participantes
    en el examen y la secretaría) nombra a los Estados cuyos conjuntos de respuestas lo permiten.
index-disclaimer = *Para la secretaría: este índice enumera cada conjunto de respuestas comunicado, por nombre, cualquiera que sea su
    difusión. Los Estados figuran por orden alfabético. Los informes describen las medidas que cada
    Estado comunicó y no constituyen ni una clasificación ni una determinación de cumplimiento.*
index-col-state = Estado
index-col-code = Código
index-col-review = Examen
index-col-source = Fuente
index-col-status = Estado de las respuestas
index-col-disclosure = Difusión
index-col-answered = Respondido
index-col-comparative = Vista comparativa
index-review-period = (período { $period })
index-in-view-left-out = excluido: borrador
index-in-view-named = incluido; nombrado
index-in-view-not-named = incluido; no nombrado (distribución reservada)
index-in-view-counted = incluido
index-note-left-out = La vista comparativa excluye { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    }
    (con la indicación “{ index-in-view-left-out }”): un borrador no es lo que el punto focal del Estado ha validado. `saq report
    --include-drafts` incluye los borradores.
index-note-drafts-counted = La vista comparativa incluye { $count ->
        [one] { $count } conjunto de respuestas en borrador
       *[other] { $count } conjuntos de respuestas en borrador
    }, a
    petición de la secretaría (`--include-drafts`).
index-note-named =
    La vista por Estado solo nombra a los Estados cuyos conjuntos de respuestas indican `disclosure: secretariat` o
    `public`; un Estado de distribución reservada (el caso por defecto) se cuenta, pero nunca se nombra.
index-failures = Conjuntos de respuestas sin informe
index-failures-intro = Estos archivos presentan problemas; corríjalos y vuelva a procesar el lote.

## diff.md.j2: qué cambió para un Estado entre dos conjuntos de respuestas. No es una clasificación
## ni una determinación de cumplimiento.

diff-title = { $state }: cambios en la aplicación del { $instrument }
diff-questionnaire = Comparación de dos conjuntos de respuestas al cuestionario de autoevaluación “{ $title }”.
diff-warning-different-states =
    > **Advertencia:** los dos conjuntos de respuestas nombran a Estados distintos, { $old } y { $new }.
    > Los cambios que siguen comparan las respuestas de dos Estados, no los progresos de un solo Estado.
diff-warning-different-versions =
    > **Advertencia:** los dos conjuntos de respuestas responden a versiones distintas del cuestionario, { $old } y
    > { $new }. Un cambio de los que siguen puede deberse a una pregunta modificada y no a una respuesta modificada.
diff-col-earlier = Respuestas anteriores
diff-col-later = Respuestas posteriores
diff-row-state = Estado
diff-row-questionnaire = Cuestionario
diff-row-status = Estado de las respuestas
diff-row-review = Ciclo de examen
diff-row-period = Período que abarca el informe
diff-row-source = Fuente
diff-row-disclosure = Difusión
diff-row-started = Iniciado
diff-row-updated = Última actualización
diff-row-submitted = Presentado
diff-row-answered = Preguntas aplicables respondidas
diff-questionnaire-version = { $id }, versión { $version }
diff-answered = { $answered } de { $applicable } ({ $percent } %)
diff-disclaimer-one-state = *Esta comparación describe las medidas que { $state } comunicó en dos de sus autoevaluaciones.
    No constituye ni una clasificación de los Estados ni una determinación de cumplimiento: las situaciones declaradas recogen
    las propias respuestas del Estado, en apoyo del diálogo del examen
    y de la asistencia técnica. La proporción de preguntas respondidas mide el grado en que se ha cumplimentado el
    cuestionario, no la aplicación.*
diff-disclaimer-two-states = *Esta comparación describe las medidas que { $old } y { $new } comunicaron en sus autoevaluaciones.
    No constituye ni una clasificación de los Estados ni una determinación de cumplimiento: las situaciones declaradas recogen
    las propias respuestas de los Estados, en apoyo del diálogo del examen
    y de la asistencia técnica. La proporción de preguntas respondidas mide el grado en que se ha cumplimentado el
    cuestionario, no la aplicación.*

diff-summary = Resumen
diff-no-change =
    Ningún cambio: los dos conjuntos de respuestas asignan la misma situación a cada disposición, citan las mismas medidas
    y formulan las mismas solicitudes de asistencia técnica.
diff-col-change = Cambio
diff-col-count = Número
diff-summary-improved = Disposiciones cuya situación declarada mejoró
diff-summary-regressed = Disposiciones cuya situación declarada retrocedió
diff-summary-changed = Disposiciones cuya situación declarada pasó a “no procede” o “no evaluada”, o dejó de serlo
diff-summary-unchanged = Disposiciones cuya situación declarada no cambió
diff-summary-measures = Disposiciones con medidas citadas por primera vez o que han dejado de citarse
diff-summary-opened = Solicitudes de asistencia técnica abiertas
diff-summary-closed = Solicitudes de asistencia técnica cerradas

diff-statuses = Situaciones declaradas
diff-statuses-none = No cambió la situación declarada de ninguna disposición.
diff-statuses-intro =
    Disposiciones cuya situación declarada cambió, en el orden del tratado. “Mejoró” y “retrocedió” se leen en la
    escala: nada, examinada, en parte, plenamente (no aplicada, aplicada parcialmente, aplicada; o
    no examinada, examinada, adoptada); el paso a “no procede” o “no evaluada”, o desde esas situaciones, no es ni lo uno ni lo otro.
diff-improved = Mejoró
diff-regressed = Retrocedió
diff-changed = Paso a “no procede” o “no evaluada”, o desde esas situaciones
diff-col-provision = Disposición
diff-col-obligation = Obligación
diff-col-before = Antes
diff-col-after = Después

diff-measures = Medidas citadas
diff-measures-none = Los dos conjuntos de respuestas citan las mismas medidas.
diff-measures-intro = Disposiciones para las que se citan medidas por primera vez o han dejado de citarse, en el orden del tratado.
diff-col-newly-cited = Citadas por primera vez
diff-col-no-longer-cited = Ya no citadas

diff-assistance = Asistencia técnica
diff-assistance-none = No se abrió ni se cerró ninguna solicitud de asistencia técnica.
diff-requests-opened = Solicitudes abiertas
diff-requests-opened-intro = Tipos de asistencia que las respuestas posteriores solicitan y las anteriores no solicitaban.
diff-requests-closed = Solicitudes cerradas
diff-requests-closed-intro = Tipos de asistencia que las respuestas anteriores solicitaban y las posteriores ya no solicitan.
diff-request-article = Artículo { $article }. { $title }:
diff-kind-not-specified = tipo no especificado
diff-need-described = Necesidad descrita
diff-need-described-earlier = Necesidad tal como se describía antes

## labels.j2: las palabras de los gráficos. Las palabras entre llaves las rellena saq: se dejan tal
## cual.

chart-group-implemented = Aplicado o adoptado
chart-group-in-part = En parte
chart-group-considered = Examinado
chart-group-not-implemented = No aplicado o no examinado
chart-group-not-adopted = Facultativo, no adoptado
chart-group-not-applicable = No procede
chart-group-not-assessed = No evaluado
chart-per-article-title = Situación declarada por artículo, en los Estados incluidos
chart-per-article-bar = Artículo {"{"}article{"}"}: {"{"}count{"}"} {"{"}status{"}"}
chart-heat-map-title = Matriz disposiciones × Estados (distribución reservada)
chart-heat-map-draft = {"{"}state{"}"} (borrador)
chart-heat-map-cell = {"{"}state{"}"}: artículo {"{"}provision{"}"}: {"{"}status{"}"}

## page.html.j2

page-charts = Gráficos
# En una hoja de estilo: sin comillas rectas.
page-restricted-marking = Distribución reservada: solo para los participantes en el examen y la secretaría
