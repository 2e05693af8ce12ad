# review messages (es): see templates/i18n/en/review.ftl for the ids.
#
# Spanish message catalog (es) of the review templates (templates/review.md.j2,
# review-overview.md.j2, review-diff.md.j2). Same ids as templates/i18n/en/review.ftl, where the
# comments say where each message appears and what each variable is; only the text is
# translated. Terms of the UNTOC review mechanism: “observaciones por escrito” (written
# feedback), “lista de observaciones”, “resumen”, “Estados examinadores”, “Estado examinado”,
# “grupo temático” (cluster), “borrador” (draft), “secretaría”. The status of a review is its
# “situación”, never its “estado”, which is a State.

## review.md.j2: the report of one country review.

review-title = { $state }: examen de la aplicación del { $instrument }
review-intro =
    Informe del examen del país: las observaciones por escrito de los Estados examinadores, con las respuestas de
    { $state }, la lista de observaciones y su resumen.

review-state-under-review = **Estado examinado:** { $state }
review-reviewing-states = **Estados examinadores:**
review-reviewing-states-none = aún no se ha indicado ninguno
review-reviewer = { $state }, examinador { $reviewer }
review-reviewer-experts = { $state }, examinador { $reviewer }; expertos gubernamentales: { $experts }
review-list-separator = {", "}
review-questionnaire = **Cuestionario:** “{ $title }” ({ $id }, versión { $version })
review-cluster-of-questionnaire = **Grupo temático del examen:** { $cluster }. { $title }
review-answers-submitted-on = **Respuestas examinadas:** { $file }, presentadas el { $date }; resumen criptográfico { $digest }
review-answers-submitted = **Respuestas examinadas:** { $file }, presentadas; resumen criptográfico { $digest }
review-answers-draft = **Respuestas examinadas:** { $file }, en borrador; resumen criptográfico { $digest }
review-answers = **Respuestas examinadas:** { $file }; resumen criptográfico { $digest }
review-cycle = **Ciclo de examen:** { $cycle }
review-status-is-final = **Situación:** versión definitiva: la lista de observaciones y su resumen han sido acordados
review-status-is-draft = **Situación:** borrador: el examen está en curso y su texto aún puede cambiar
review-open = **Pendiente:** { $drafts ->
        [one] { $drafts } elemento en borrador
       *[other] { $drafts } elementos en borrador
    }, { $unanswered ->
        [one] { $unanswered } pregunta sin respuesta
       *[other] { $unanswered } preguntas sin respuesta
    }, { $disputed ->
        [one] { $disputed } observación impugnada
       *[other] { $disputed } observaciones impugnadas
    }
review-caveat =
    Advertencia: { $drafts ->
        [one] { $drafts } elemento de este examen fue redactado
       *[other] { $drafts } elementos de este examen fueron redactados
    }
    por saq a partir de las respuestas de { $state } y { $drafts ->
        [one] está marcado
       *[other] están marcados
    } más abajo como “Borrador”. Un borrador reproduce
    o cita las respuestas; no constituye el texto de los Estados examinadores hasta que un examinador lo haga suyo.
review-disclaimer =
    El presente informe recoge el diálogo y las observaciones de un examen entre pares, basados en la autoevaluación de
    { $state } y en el diálogo. No constituye una clasificación de los Estados ni una determinación del
    cumplimiento.

review-written-feedback = Observaciones por escrito
review-feedback-from = De { $name } (examinador { $reviewer })
review-reported-status-sentence = Situación declarada: { $status }.
review-reported-status = situación declarada: { $status }
review-question = **Pregunta**: { $question }
review-question-sent = **Pregunta** (enviada el { $date }): { $question }
review-question-draft = **Borrador de pregunta, que aún no refleja las palabras de { $reviewer }**: { $question }
review-question-draft-sent = **Borrador de pregunta, que aún no refleja las palabras de { $reviewer }** (enviada el { $date }): { $question }
review-reply = **Respuesta de { $state }**: { $reply }
review-reply-dated = **Respuesta de { $state }** ({ $date }): { $reply }
review-no-reply = Aún no hay respuesta.
review-no-questions = Aún no hay preguntas de { $reviewer }.
review-no-reviewers = Aún no se ha indicado ningún Estado examinador.

review-list-of-observations = Lista de observaciones
review-clusters-not-verified =
    Las observaciones se agrupan según los grupos temáticos del examen del instrumento; la asignación de los artículos a
    los grupos no está verificada.
review-cluster = Grupo temático { $cluster }: { $title }
review-no-cluster = Artículos no comprendidos en ningún grupo temático
review-article = Artículo { $article }
review-article-of = { $instrument }, artículo { $article }
review-good-practices = Logros y buenas prácticas:
review-challenges = Dificultades y problemas:
review-suggestions = Sugerencias:
review-assistance-needs = Necesidades de asistencia técnica:
review-observation-draft = **Borrador, que aún no refleja las palabras de los examinadores:**
review-observation-agreed = *{ $by }; { $state } está de acuerdo.*
review-observation-disputed = *{ $by };* **Impugnada por { $state }.**
review-observation-pending = *{ $by }; acuerdo de { $state } pendiente.*
review-observation-drafted = Redactada por saq a partir de las respuestas
review-observation-no-proposer = Autor de la propuesta no consignado
review-proposed-by-reviewer-named = Propuesta por { $name } (examinador { $reviewer })
review-proposed-by-reviewer = Propuesta por el examinador { $reviewer }
review-proposed-by-state = Propuesta por el Estado examinado
review-proposed-by-secretariat = Propuesta por la secretaría
review-no-observations = Aún no hay observaciones.

review-summary = Resumen
review-summary-not-agreed = El examen es un borrador: este resumen aún no se ha acordado.
review-summary-not-drafted = Aún no se ha redactado.

## Shared by review-overview.md.j2 and review-diff.md.j2: the status of a review.
review-status-draft = borrador
review-status-final = versión definitiva

## review-overview.md.j2: the secretariat's overview of many country reviews.

review-overview-title = Exámenes de los países: panorama general para la secretaría
review-overview-reviews =
    { $reviews ->
        [one] Aquí se presenta { $reviews } examen
       *[other] Aquí se presentan { $reviews } exámenes
    }:
    { $draft } en borrador, { $final } en versión definitiva.
review-overview-failures =
    { $failures ->
        [one] { $failures } archivo de examen presenta problemas y no dio lugar a ningún informe
       *[other] { $failures } archivos de examen presentan problemas y no dieron lugar a ningún informe
    } (véase la lista al final).
review-overview-open =
    En el conjunto de los exámenes: { $drafts ->
        [one] { $drafts } elemento en borrador que aún no ha hecho suyo ningún
       *[other] { $drafts } elementos en borrador que aún no ha hecho suyos ningún
    }
    examinador, { $unanswered ->
        [one] { $unanswered } pregunta sin respuesta
       *[other] { $unanswered } preguntas sin respuesta
    },
    { $disputed ->
        [one] { $disputed } observación impugnada
       *[other] { $disputed } observaciones impugnadas
    } por el Estado examinado.
review-overview-disclaimer =
    Para la secretaría. Este panorama general cuenta disposiciones, nunca Estados: cuántos exámenes señalan una
    dificultad en cada disposición, y las necesidades de asistencia técnica que señalan, por tipo y por
    artículo, en el orden del tratado. No constituye una clasificación de los Estados, y solo nombra a los Estados en la lista de
    exámenes que figura a continuación. Los borradores que saq elaboró a partir de las respuestas no son las palabras de los examinadores: se cuentan
    por separado.

review-overview-reviews-heading = Exámenes
review-overview-alphabetical = Estados por orden alfabético.
review-overview-column-state = Estado examinado
review-overview-column-questionnaire = Cuestionario
review-overview-column-cycle = Ciclo
review-overview-column-status = Situación
review-overview-column-drafts = Elementos en borrador
review-overview-column-unanswered = Preguntas sin respuesta
review-overview-column-disputed = Observaciones impugnadas

review-overview-instrument-cluster = { $instrument }, grupo temático { $cluster }
review-overview-questionnaire =
    Cuestionario “{ $title }”, versión { $version }:
    { $reviews ->
        [one] { $reviews } examen
       *[other] { $reviews } exámenes
    }.
review-overview-challenges = Dificultades por disposición
review-overview-column-provision = Disposición
review-overview-column-challenge = Exámenes que señalan una dificultad
review-overview-column-challenge-disputed = De ellas, impugnadas
review-overview-column-draft-only = Exámenes con solo un borrador
review-overview-no-challenges = Ningún examen señala aún una dificultad.
review-overview-assistance = Necesidades de asistencia técnica
review-overview-column-kind = Tipo
review-overview-column-article = Artículo
review-overview-column-provisions = Disposiciones
review-overview-column-assistance = Exámenes que la señalan
review-overview-article = Artículo { $article }
review-overview-no-assistance = Ningún examen señala aún una necesidad de asistencia técnica.

review-overview-failures-heading = Archivos de examen sin informe
review-overview-failures-intro = Estos archivos presentan problemas; es preciso corregirlos y volver a generar el informe.

## review-diff.md.j2: what changed between two versions of one country review.

review-diff-title = { $state }: cambios en el examen
review-diff-versions = De { $old } ({ $old_status }) a { $new } ({ $new_status }).
review-diff-answers-changed = **Las dos versiones examinan respuestas diferentes**: el resumen criptográfico de las respuestas examinadas ha cambiado.
    Es posible que los elementos redactados a partir de las respuestas anteriores ya no se correspondan con ellas.
review-diff-no-changes = No ha cambiado ninguna pregunta ni observación, ni el resumen.
review-diff-written-feedback = { review-written-feedback }
review-diff-list-of-observations = { review-list-of-observations }
review-diff-summary = { review-summary }
review-diff-added = Adición
review-diff-withdrawn = Retirada
review-diff-accepted = Borrador aceptado tal como se redactó
review-diff-accepted-rewritten = Borrador aceptado y reformulado
review-diff-rewritten = Reformulación
review-diff-replied = Respuesta del Estado
review-diff-reply-changed = Respuesta modificada
review-diff-agreed = Acuerdo del Estado
review-diff-disputed = Impugnación del Estado
review-diff-good-practice = buena práctica
review-diff-challenge = dificultad
review-diff-suggestion = sugerencia
review-diff-assistance-need = necesidad de asistencia técnica
review-diff-before = Antes: { $text }
review-diff-after = Después: { $text }
