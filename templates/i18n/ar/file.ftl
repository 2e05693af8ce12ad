# Arabic message catalog (ar) of the comments saq writes into an answer file
# (saq init, fill, submit, serve) whose answers are in Arabic (`language: ar`).
# Same ids as templates/i18n/en/file.ftl, where the comments say what each message is and
# what each variable holds; only the text is translated. Plain text: these lines become YAML
# comments, one message a line (saq wraps them). The YAML keys (answers:, state:,
# not-applicable:, unknown:, focal_point: …) and the values typed (yes, partly, restricted,
# secretariat, public …) stay as they are; the words for the levels of obligation are those
# of labels.ftl (force-phrase-…).
# The focal point is addressed in the polite plural; no verb agrees with a State's name,
# which follows a noun («إجابات …»). saq isolates the values it puts into a message (FSI … PDI:
# a title, a label, the treaty's words), so Latin text keeps its place in the sentence, but not
# the ids that are typed (yes, partly), which must copy into an answer without invisible marks.

## The opening comment.
file-answers-of = إجابات { $state } عن { $questionnaire } ({ $id } { $version })، الذي يقيِّم تنفيذ { $instruments }.
file-instrument-title = { $instrument }
file-assesses-also = { $list } وأحكام { $instrument }
file-how-to-answer = اكتبوا كل إجابة بعد مفتاح سؤالها، مكان القيمة الفارغة. والأسطر التي تبدأ بالعلامة `#` تعليقات، وهي: نص السؤال، وإرشاداته، والحكم الذي يقيِّمه، والإجابات التي يقبلها. ويجوز أن يُكتب بدلًا من أي إجابة { "{" }not-applicable: "السبب"{ "}" } أو { "{" }unknown: "السبب"{ "}" }. والسؤال الذي لا يُطرح إلا في حالات معيَّنة يُشار فيه إلى ذلك: اتركوه فارغًا إذا كان لا ينطبق.
file-how-to-commands = الأمر saq validate FILE يتحقق من الملف؛ والأمر saq status FILE يبيِّن ما بقي دون إجابة؛ والأمر saq fill FILE يطرح الأسئلة واحدًا تلو الآخر ويحفظ الملف بعد كل إجابة (ويعيد كتابة الملف بهذا الشكل، فتُحفظ تعليقاتكم الخاصة في نسخة احتياطية لا في الملف)؛ والأمر saq submit FILE يضع على الإجابات علامة «مقدَّمة» متى أُجيب عن جميع الأسئلة الإلزامية.

## The header: the focal point, the review cycle, the source and the disclosure.
file-focal-point = جهة الوصل التي تُجيز الإجابات: احذفوا العلامات # أدناه واملؤوا البيانات.
file-optional-review-and-source = اختياري: دورة الاستعراض التي تخصها هذه الإجابات (مرحلتها، والفترة التي تشملها) ومصدر الإجابات، مثل تقرير وطني منشور: احذفوا العلامات # أدناه واملؤوا البيانات.
file-optional-review = اختياري: دورة الاستعراض التي تخصها هذه الإجابات (مرحلتها، والفترة التي تشملها): احذفوا العلامات # أدناه واملؤوا البيانات.
file-optional-source = اختياري: مصدر الإجابات، مثل تقرير وطني منشور (مع رابط): احذفوا العلامات # أدناه واملؤوا البيانات.
file-disclosure = من يجوز له الاطلاع على هذه الإجابات مقرونةً باسم الدولة عند المقارنة بين الدول: restricted (تُحتسب الإجابات دون أن يُذكر اسم الدولة أبدًا؛ وهو الخيار الافتراضي)، أو secretariat (يُذكر اسم الدولة في العرض ذي التوزيع المقيَّد المتاح للمشاركين في الاستعراض وللأمانة)، أو public (توافق الدولة على نشر إجاباتها).

## Sections and questions.
file-section-asked-when = لا تُطرح أسئلة هذا القسم إلا إذا تحقق الشرط التالي: { $condition }.
file-asked-when = لا يُطرح هذا السؤال إلا إذا تحقق الشرط التالي: { $condition }.
file-provision-quoted = الحكم { $provision } ({ $force }): «{ $text }»
file-provision-quoted-above = الحكم { $provision } ({ $force })، الوارد نصه أعلاه.
file-force-mandatory = إلزامي
file-force-mandatory-qualified = التزام مقيَّد بشروط
file-force-consider = التزام بالنظر
file-force-optional = اختياري
file-force-conditional = مشروط
file-force-interpretive = تفسيري
file-source = المصدر: { $source }
file-required = إجابة إلزامية. { $hint }

## What a question takes. Choice ids are typed as they are; the label beside one is translated.
file-answer-one-of = أجيبوا بإحدى القيم التالية: { $choices }.
file-answer-any-of = أجيبوا بقائمة تضم قيمة أو أكثر من القيم التالية: { $choices }؛ مثل [{ $first }].
file-choice = { $id } ({ $label })
file-answer-text = أجيبوا بنص؛ وإذا كان النص من عدة أسطر، فاكتبوا | بعد النقطتين ثم الأسطر تحته مع إزاحتها إلى الداخل.
file-answer-number = أجيبوا بعدد.
file-answer-date = أجيبوا بتاريخ بالصيغة YYYY-MM-DD.
file-answer-citations = أجيبوا بقائمة تدابير، يُذكر لكل منها عنوانه، وعند الاقتضاء المادة ورابط:
file-example-article = المادة 12
file-example-measure = القانون رقم 5 لعام 2019
file-answer-table = أجيبوا بقائمة صفوف، يُكتب كل صف منها بالصيغة `- { $example }`، وتتضمن الأعمدة التالية: { $columns }.
file-column = { $id } ({ $about })
file-column-text = نص
file-column-number = عدد
file-column-date = تاريخ
file-column-choice = اختيار
file-column-required = إلزامي
file-column-or = { " أو " }
file-list-separator = { "، " }
file-column-separator = { "؛ " }

## Answers that are not where they should be.
file-not-questions = إجابات لا تطابق معرِّفاتها أي سؤال من أسئلة هذا الاستبيان: تحققوا من هذه المعرِّفات (يقدِّم الأمر `saq validate` مزيدًا من التفاصيل).
file-inactive = إجابات مُنحّاة جانبًا: أدى تعديل إجابة أعلاه إلى جعل أسئلتها غير منطبقة. ولا تخضع هذه الإجابات للتقييم؛ ويعيد الأمر saq fill كل إجابة منها إلى موضعها تحت `answers:` عندما يعود سؤالها منطبقًا.
