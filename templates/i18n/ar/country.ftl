# country messages (ar): see templates/i18n/en/country.ftl for the ids.
#
# Arabic message catalog (ar) of the country report (templates/country.md.j2). Same ids as
# templates/i18n/en/country.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. A reported status («الحالة المُبلَّغ عنها») restates
# the State's own answers: never a finding of compliance nor a ranking of States. No verb agrees
# with a State's name (whose gender varies): the State's name follows a noun («إجابات …»,
# «المقدَّم من …»). Counts stand after «من أصل», «وعددها» or a colon, so that no noun has to agree
# with a number; where one does, the select has zero/one/two/few/many/other.

## Title and opening lines.

country-title = { $state }: تنفيذ { $instrument }
country-intro = تحليل الثغرات استنادًا إلى استبيان التقييم الذاتي «{ $title }».

## The list of facts under the title.

country-label-state = الدولة:
country-label-questionnaire = الاستبيان:
country-questionnaire-version = { $id }، الإصدار { $version }
country-label-review-cluster = المجموعة المواضيعية للاستعراض:
country-cluster-scope = { $id }. { $title }: لم تُطرح الأسئلة إلا بشأن أحكام هذه المجموعة، ولا يتناول التقرير سواها
country-cluster-scope-unverified = (لم يُتحقَّق من توزيع المواد على المجموعات المواضيعية)
country-label-status = الحالة:
country-status-submitted = مقدَّم
country-status-draft = مسودة: قد تتغير الإجابات
country-label-started = تاريخ البدء:
country-label-last-updated = آخر تحديث:
country-label-submitted = تاريخ التقديم:
country-label-review = الاستعراض:
country-review-cycle = الدورة { $cycle }
country-review-period = الفترة { $period }
country-label-source = المصدر:
country-label-disclosure = مستوى الإفصاح:
country-disclosure = { $disclosure }: يجوز ذكر اسم الدولة في العرض المقارن حسب الدولة ذي التوزيع المقيَّد{ $level ->
        [public] ، وقد وافقت الدولة على نشر إجاباتها
       *[other] {""}
    }

country-disclaimer =
    يصف هذا التقرير التدابير الواردة في التقييم الذاتي المقدَّم من { $state }. وهو ليس تصنيفًا
    للدول ولا استنتاجًا بشأن الامتثال: فكل حالة مُبلَّغ عنها إنما تعيد عرض إجابات الدولة نفسها،
    دعمًا للحوار في إطار الاستعراض وللمساعدة التقنية. أما الملاحظات والاقتراحات فتتولى صياغتها
    الدول المستعرِضة.

## Headings of the report's parts, also the link texts of the contents.

country-contents = المحتويات
country-summary = موجز
country-gaps = الثغرات والتدابير الممكنة
country-optional = التدابير الاختيارية غير المعتمدة
country-scope = نطاق التدابير
country-assistance = الاحتياجات من المساعدة التقنية
country-law-practice = القانون والممارسة
country-unanswered = الأسئلة التي لم يُجَب عنها
country-not-applying = إجابات عن أسئلة لا تنطبق
country-annex = المرفق: التدابير المذكورة

## The contents: the line before the links to each section of the questionnaire.

country-said-by-section = إفادات { $state }، قسمًا تلو الآخر:
country-article = المادة { $article }

## Summary: coverage and answers.

country-label-coverage = التغطية:
country-coverage-all = { $applicable ->
        [zero] لا تنطبق أي أحكام.
        [one] للحكم المنطبق الوحيد حالة مُبلَّغ عنها.
        [two] لكلا الحكمين المنطبقين حالة مُبلَّغ عنها.
       *[other] لكل حكم من الأحكام المنطبقة، وعددها { $applicable }، حالة مُبلَّغ عنها.
    }
country-coverage-none =
    { $applicable ->
        [one] لا توجد بعدُ حالة مُبلَّغ عنها للحكم المنطبق الوحيد
       *[other] لا توجد بعدُ حالة مُبلَّغ عنها لأي من الأحكام المنطبقة، وعددها { $applicable }
    }: فالإجابات المقدَّمة حتى الآن لا تفيد بشيء عن التنفيذ.
country-coverage-some =
    توجد حالة مُبلَّغ عنها بالنسبة إلى { $assessed } من أصل { $applicable } من الأحكام المنطبقة؛
    { $remaining ->
        [one] أما الحكم المتبقي فلم يُقيَّم بعد، ولا يتناوله أي شيء مما يرد أدناه.
       *[other] أما الأحكام المتبقية، وعددها { $remaining }، فلم تُقيَّم بعد، ولا يتناولها أي شيء مما يرد أدناه.
    }
country-questions-answered = الأسئلة المنطبقة المُجاب عنها: { $answered } من أصل { $applicable } ({ $percent } في المائة).
country-required-missing = الأسئلة الإلزامية التي لم يُجَب عنها بعد: { $missing } من أصل { $required }.

## Summary: the table of reported statuses.

country-col-reported-status = الحالة المُبلَّغ عنها
country-col-provisions = الأحكام
country-row-considered = نُظر فيه (أحكام الالتزام بالنظر)
country-row-not-considered = لم يُنظر فيه (أحكام الالتزام بالنظر)
country-row-adopted = معتمَد (تدابير اختيارية أو تدابير نُظر فيها)
country-row-partially-adopted = معتمَد جزئيًّا (تدابير اختيارية أو تدابير نُظر فيها)
country-row-not-adopted = غير معتمَد (تدابير اختيارية، ولا يُعدّ ذلك ثغرة)

## Summary: the tables by article and by review cluster.

country-by-article = حسب المادة
country-by-article-intro =
    يُحصي عمود «المُقيَّمة» الأحكام المنطبقة التي لها حالة مُبلَّغ عنها. ويشمل عمود «المنفَّذة»
    أيضًا التدابير الاختيارية والتدابير التي نُظر فيها واعتُمدت؛ ويُحصي عمود «غير المنفَّذة»
    الالتزامات غير المنفَّذة والتدابير التي كان يتعيَّن النظر فيها ولم يُنظر فيها. ولا تُعدّ
    التدابير الاختيارية غير المعتمدة ثغرة.
country-by-cluster = حسب المجموعة المواضيعية للاستعراض
country-col-article = المادة
country-col-cluster = المجموعة المواضيعية
country-col-assessed = المُقيَّمة
country-col-implemented = المنفَّذة
country-col-in-part = جزئيًّا
country-col-not = غير المنفَّذة
country-col-considered = نُظر فيها
country-col-optional-not-adopted = اختيارية غير معتمدة
country-col-not-applicable = لا تنطبق
country-assessed-of = { $assessed } من أصل { $applicable }
country-other-article = { $instrument }، المادة { $article }. { $title }
country-cluster-mapping-unverified = لم يُتحقَّق من توزيع المواد على المجموعات المواضيعية للاستعراض.
country-cluster-mapping-unverified-source = لم يُتحقَّق من توزيع المواد على المجموعات المواضيعية للاستعراض: { $source }.

## Summary: the provision matrix.

country-matrix = مصفوفة الأحكام
country-matrix-intro =
    صف واحد لكل حكم له حالة مُبلَّغ عنها، حسب ترتيبه في المعاهدة. ويُحصي عمود «التدابير» التدابير
    المذكورة (القانون المكتوب)؛ ويبيِّن عمود «الأمثلة» ما إذا كانت قد قُدِّمت أمثلة على التنفيذ
    (الممارسة).
country-col-provision = الحكم
country-col-obligation = الالتزام
country-col-measures = التدابير
country-col-examples = الأمثلة
country-col-flags = التنبيهات
country-status-reason = { $status }: { $reason }
country-examples-yes = نعم
country-examples-no = لا
country-flag-scope-finding = استنتاج بشأن النطاق
country-other-instrument = أحكام { $instrument }
country-other-instrument-intro = ويقيِّم الاستبيان أيضًا هذه الأحكام من { $instrument }.
country-label-not-assessed-count = الأحكام التي لم تُقيَّم بعد ({ $count }):

## Gaps and possible measures.

country-gaps-none-assessed = لم يُقيَّم أي حكم بعد، ولذلك لا يمكن استخلاص أي ثغرة من الإجابات.
country-gaps-none-some-assessed =
    لا توجد ثغرات بين الأحكام المُقيَّمة ({ $assessed } من أصل { $applicable } من الأحكام
    المنطبقة). { $remaining ->
        [one] أما الحكم المتبقي فلم يُقيَّم بعد؛ ولا يتناوله هذا الاستنتاج.
       *[other] أما الأحكام المتبقية، وعددها { $remaining }، فلم تُقيَّم بعد؛ ولا يتناولها هذا الاستنتاج.
    }
country-gaps-none = لا تُبلغ إجابات { $state } عن أي التزام غير منفَّذ أو منفَّذ جزئيًّا.
country-gaps-intro =
    الالتزامات المُبلَّغ بأنها غير منفَّذة أو منفَّذة جزئيًّا، والأحكام التي كان على الدولة أن
    تنظر فيها وأفادت بأنها لم تنظر فيها: أولًا الالتزامات الإلزامية، ثم الالتزامات المقيَّدة
    بشروط، فالأحكام المشروطة، فالالتزامات بالنظر. والتدابير الممكنة مادةٌ للحوار في إطار
    الاستعراض، وليست استنتاجات.
country-gaps-not-assessed = الأحكام المنطبقة التي لم تُقيَّم بعد: { $remaining } من أصل { $applicable }.
country-provision-heading = { $provision }: { $status } ({ $force })
country-element = *عنصر ذو قوة مستقلة:* «{ $text }»: { $force }
country-evidence-informs = تتعلق هذه الإجابة بجزء من الحكم ذي قوة أضعف؛ وهي معروضة، لكنها لا تغيِّر الحالة المُبلَّغ عنها.
country-evidence-lowers = يمكن أن تخفِّض هذه الإجابة الحالة المُبلَّغ عنها إلى «{ $status }» على الأكثر، ولا تحسمها وحدها.
country-label-steps = الخطوات المزمعة:
country-label-possible-measures = التدابير الممكنة (لأغراض الحوار):
country-gap-said = جميع إفادات { $state } بشأن المادة { $article }: { $link }.

## Optional measures not adopted.

country-optional-intro =
    أحكام يترك فيها { $instrument } الأمر لتقدير كل دولة («يجوز»، أو «تُشجَّع»، أو تدابير
    توضيحية لنظام يتعيَّن النظر فيه)، وتفيد إجابات { $state } بأنها لم تُعتمد أو اعتُمدت
    جزئيًّا. ولا تُعدّ هذه الأحكام ثغرات.
country-optional-heading = { $provision }: { $status }

## Scope of the measures.

country-scope-none = لا تفيد أي إجابة بشأن التعاريف أو النطاق بتضييق مدلول مصطلحات { $instrument }.
country-scope-intro =
    ما تعنيه الإجابات المتعلقة بالتعاريف والنطاق بالنسبة إلى مدى شمول التدابير المُبلَّغ عنها:
    فحيثما كان التعريف أو الجرم في القانون الداخلي أضيق مما في المعاهدة، قد لا تشمل التدابير
    المُبلَّغ عنها في إطار الأحكام المذكورة كلَّ ما تشمله المعاهدة.
country-label-bears-on = يتعلق بما يلي:

## Technical assistance needs.

country-assistance-none = لا تتضمن إجابات { $state } أي طلب للمساعدة التقنية.
country-col-assistance-kind = نوع المساعدة
country-col-requested-for = المواد التي طُلبت المساعدة بشأنها
country-article-heading = المادة { $article }. { $title }
country-label-kinds = الأنواع:
country-kinds-not-specified = غير محدَّدة
country-label-details = التفاصيل:
country-label-already-received = المساعدة المتلقاة سابقًا:
country-assistance-received = مساعدة متلقاة بشأن مواد لم تُطلب مساعدة بشأنها
country-col-assistance-received = المساعدة المتلقاة سابقًا

## Law and practice.

country-law-practice-none =
    كل حكم مُبلَّغ بأنه منفَّذ تدعمه تدابير مذكورة وأمثلة على التنفيذ، حيثما طلبها
    الاستبيان.
country-law-practice-intro =
    الأحكام المُبلَّغ بأنها منفَّذة، كليًّا أو جزئيًّا، والتي لا تذكر الإجابات بشأنها أي تدبير
    (القانون المكتوب) أو لا تقدِّم أي مثال على التنفيذ (الممارسة)، حيثما طلب الاستبيان ذلك.

## What the State said, section by section.

country-section-not-obligation =
    لا تتعلق هذه الأسئلة بالتزامات بموجب { $instrument }: فالإجابات تسترشد بها عملية
    الاستعراض.
country-section-does-not-apply = لا ينطبق: { $reason }
country-label-qualifier = الشرط:
country-label-applies = شروط الانطباق:
country-label-not-applicable = لا ينطبق:
country-label-unknown = غير معروف:
country-label-scope = النطاق:
country-label-flag = تنبيه:
country-label-not-assessed = لم يُقيَّم بعد:
country-whole-article = بشأن المادة ككل
country-no-answer = لا توجد إجابة بعد.

## Unanswered questions.

country-unanswered-none = أُجيب عن جميع الأسئلة المنطبقة.
country-unanswered-count = { $count ->
        [zero] لا توجد أسئلة منطبقة لم يُجَب عنها.
        [one] لم يُجَب بعدُ عن سؤال منطبق واحد.
        [two] لم يُجَب بعدُ عن سؤالين منطبقين.
        [few] لم يُجَب بعدُ عن { $count } أسئلة منطبقة.
        [many] لم يُجَب بعدُ عن { $count } سؤالًا منطبقًا.
       *[other] لم يُجَب بعدُ عن { $count } سؤال منطبق.
    }
country-unanswered-count-required = { $count ->
        [zero] لا توجد أسئلة منطبقة لم يُجَب عنها
        [one] لم يُجَب بعدُ عن سؤال منطبق واحد
        [two] لم يُجَب بعدُ عن سؤالين منطبقين
        [few] لم يُجَب بعدُ عن { $count } أسئلة منطبقة
        [many] لم يُجَب بعدُ عن { $count } سؤالًا منطبقًا
       *[other] لم يُجَب بعدُ عن { $count } سؤال منطبق
    }، وعدد الأسئلة اللازمة منها للتقديم: { $required }.
country-required = إلزامي

## Answers to questions that do not apply.

country-not-applying-intro =
    قُدِّمت هذه الإجابات عن أسئلة لا تنطبق في ضوء الإجابات الأخرى، ولذلك لا تُحتسب في أي حالة
    مما سبق. وقد احتُفظ بها هنا حتى لا يضيع شيء مما كتبته الدولة.
country-not-counted = غير محتسبة: { $reason }.

## Annex: measures cited.

country-annex-none = لم يُذكر أي تدبير.
country-col-measure = التدبير
country-col-article-or-section = المادة أو الفرع
country-col-cited-for = مذكور بشأن

## The language the State wrote its answers in (header list).
country-label-answers-language = لغة الإجابات:
country-answers-as-written = { $language }: تُعرض الإجابات كما كُتبت
