# review messages (ar): see templates/i18n/en/review.ftl for the ids.
#
# Arabic message catalog (ar) of the review templates (templates/review.md.j2,
# review-overview.md.j2, review-diff.md.j2). Same ids as templates/i18n/en/review.ftl, where the
# comments say where each message appears and what each variable is; only the text is
# translated. Terms of the UNTOC review mechanism: «التعليقات الكتابية» (written feedback),
# «قائمة الملاحظات»، «الموجز»، «الدول المستعرِضة»، «الدولة الخاضعة للاستعراض»، «المجموعة
# المواضيعية» (cluster), «مسودة» (draft), «الأمانة». No verb agrees with a State's name (whose
# gender varies). Where a number governs a noun, the select has zero/one/two/few/many/other.

## review.md.j2: the report of one country review.

review-title = { $state }: استعراض تنفيذ { $instrument }
review-intro =
    تقرير الاستعراض القُطري: التعليقات الكتابية المقدَّمة من الدول المستعرِضة مع ردود { $state }،
    وقائمة الملاحظات وموجزها.

review-state-under-review = **الدولة الخاضعة للاستعراض:** { $state }
review-reviewing-states = **الدول المستعرِضة:**
review-reviewing-states-none = لم تُدرج أي دولة بعد
review-reviewer = { $state }، الدولة المستعرِضة { $reviewer }
review-reviewer-experts = { $state }، الدولة المستعرِضة { $reviewer }؛ الخبراء الحكوميون: { $experts }
review-list-separator = {"، "}
review-questionnaire = **الاستبيان:** «{ $title }» ({ $id }، الإصدار { $version })
review-cluster-of-questionnaire = **المجموعة المواضيعية للاستعراض:** { $cluster }. { $title }
review-answers-submitted-on = **الإجابات المستعرَضة:** { $file }، قُدِّمت في { $date }؛ البصمة الرقمية { $digest }
review-answers-submitted = **الإجابات المستعرَضة:** { $file }، مقدَّمة؛ البصمة الرقمية { $digest }
review-answers-draft = **الإجابات المستعرَضة:** { $file }، مسودة؛ البصمة الرقمية { $digest }
review-answers = **الإجابات المستعرَضة:** { $file }؛ البصمة الرقمية { $digest }
review-cycle = **دورة الاستعراض:** { $cycle }
review-status-is-final = **الحالة:** نهائي: اتُّفق على قائمة الملاحظات وموجزها
review-status-is-draft = **الحالة:** مسودة: الاستعراض جارٍ وقد يتغير نصه
review-open = **المسائل المعلَّقة:** { $drafts ->
        [zero] لا توجد مشاريع بنود
        [one] مشروع بند واحد
        [two] مشروعا بندين
        [few] { $drafts } مشاريع بنود
        [many] { $drafts } مشروعَ بند
       *[other] { $drafts } مشروع بند
    }، و{ $unanswered ->
        [zero] لا توجد أسئلة بلا رد
        [one] سؤال واحد بلا رد
        [two] سؤالان بلا رد
        [few] { $unanswered } أسئلة بلا رد
        [many] { $unanswered } سؤالًا بلا رد
       *[other] { $unanswered } سؤال بلا رد
    }، و{ $disputed ->
        [zero] لا توجد ملاحظات معترض عليها
        [one] ملاحظة واحدة معترض عليها
        [two] ملاحظتان معترض عليهما
        [few] { $disputed } ملاحظات معترض عليها
        [many] { $disputed } ملاحظةً معترضًا عليها
       *[other] { $disputed } ملاحظة معترض عليها
    }
review-caveat =
    تنبيه: أعدَّ برنامج saq { $drafts ->
        [zero] صفر بنود
        [one] بندًا واحدًا
        [two] بندين
        [few] { $drafts } بنود
        [many] { $drafts } بندًا
       *[other] { $drafts } بند
    } من هذا الاستعراض
    انطلاقًا من إجابات { $state }، { $drafts ->
        [one] وهو موسوم
        [two] وهما موسومان
       *[other] وهي موسومة
    } أدناه بكلمة «مسودة». والمسودة تعيد عرض
    الإجابات أو تقتبسها؛ ولا تُعدّ من صياغة الدول المستعرِضة ما لم تتبنَّها إحداها.
review-disclaimer =
    يسجِّل هذا التقرير الحوار الذي دار في إطار استعراض النظراء والملاحظات المنبثقة عنه، استنادًا
    إلى التقييم الذاتي المقدَّم من { $state } وإلى الحوار. وهو ليس تصنيفًا للدول ولا استنتاجًا
    بشأن الامتثال.

review-written-feedback = التعليقات الكتابية
review-feedback-from = من { $name } (الدولة المستعرِضة { $reviewer })
review-reported-status-sentence = الحالة المُبلَّغ عنها: { $status }.
review-reported-status = الحالة المُبلَّغ عنها: { $status }
review-question = **السؤال**: { $question }
review-question-sent = **السؤال** (أُرسل في { $date }): { $question }
review-question-draft = **مسودة سؤال، ليست بعدُ من صياغة { $reviewer }**: { $question }
review-question-draft-sent = **مسودة سؤال، ليست بعدُ من صياغة { $reviewer }** (أُرسلت في { $date }): { $question }
review-reply = **رد { $state }**: { $reply }
review-reply-dated = **رد { $state }** ({ $date }): { $reply }
review-no-reply = لا يوجد رد بعد.
review-no-questions = لا توجد أسئلة من { $reviewer } بعد.
review-no-reviewers = لم تُدرج أي دولة مستعرِضة بعد.

review-list-of-observations = قائمة الملاحظات
review-clusters-not-verified =
    جُمِّعت الملاحظات حسب المجموعات المواضيعية لاستعراض الصك؛ ولم يُتحقَّق من توزيع المواد على
    المجموعات.
review-cluster = المجموعة المواضيعية { $cluster }: { $title }
review-no-cluster = مواد لا تندرج في أي مجموعة مواضيعية
review-article = المادة { $article }
review-article-of = { $instrument }، المادة { $article }
review-good-practices = النجاحات والممارسات الجيدة:
review-challenges = التحديات والمسائل:
review-suggestions = الاقتراحات:
review-assistance-needs = الاحتياجات من المساعدة التقنية:
review-observation-draft = **مسودة، ليست بعدُ من صياغة الدول المستعرِضة:**
review-observation-agreed = *{ $by }؛ تحظى بموافقة { $state }.*
review-observation-disputed = *{ $by }؛* **موضع اعتراض من { $state }.**
review-observation-pending = *{ $by }؛ في انتظار موافقة { $state }.*
review-observation-drafted = أعدَّها برنامج saq انطلاقًا من الإجابات
review-observation-no-proposer = لم يُسجَّل مقدِّم الاقتراح
review-proposed-by-reviewer-named = مقترحة من { $name } (الدولة المستعرِضة { $reviewer })
review-proposed-by-reviewer = مقترحة من الدولة المستعرِضة { $reviewer }
review-proposed-by-state = مقترحة من الدولة الخاضعة للاستعراض
review-proposed-by-secretariat = مقترحة من الأمانة
review-no-observations = لا توجد ملاحظات بعد.

review-summary = الموجز
review-summary-not-agreed = الاستعراض في مرحلة المسودة: لم يُتَّفق على هذا الموجز بعد.
review-summary-not-drafted = لم يُصَغ بعد.

## Shared by review-overview.md.j2 and review-diff.md.j2: the status of a review.
review-status-draft = مسودة
review-status-final = نهائي

## review-overview.md.j2: the secretariat's overview of many country reviews.

review-overview-title = الاستعراضات القُطرية: لمحة عامة للأمانة
review-overview-reviews =
    { $reviews ->
        [zero] لا يُعرض هنا أي استعراض
        [one] يُعرض هنا استعراض واحد
        [two] يُعرض هنا استعراضان
        [few] يُعرض هنا { $reviews } استعراضات
        [many] يُعرض هنا { $reviews } استعراضًا
       *[other] يُعرض هنا { $reviews } استعراض
    }:
    عدد المسودات { $draft }، وعدد الاستعراضات النهائية { $final }.
review-overview-failures =
    { $failures ->
        [zero] لا توجد مشاكل في أي ملف استعراض
        [one] توجد مشاكل في ملف استعراض واحد، فلم يُعَدّ له تقرير
        [two] توجد مشاكل في ملفَّي استعراض، فلم يُعَدّ لهما تقرير
        [few] توجد مشاكل في { $failures } ملفات استعراض، فلم تُعَدّ لها تقارير
        [many] توجد مشاكل في { $failures } ملفًّا من ملفات الاستعراض، فلم تُعَدّ لها تقارير
       *[other] توجد مشاكل في { $failures } ملف استعراض، فلم تُعَدّ لها تقارير
    } (ترد القائمة في النهاية).
review-overview-open =
    على مستوى جميع الاستعراضات: { $drafts ->
        [zero] لا توجد مشاريع بنود لم تتبنَّها بعدُ
        [one] مشروع بند واحد لم تتبنَّه بعدُ
        [two] مشروعا بندين لم تتبنَّهما بعدُ
        [few] { $drafts } مشاريع بنود لم تتبنَّها بعدُ
        [many] { $drafts } مشروعَ بند لم تتبنَّها بعدُ
       *[other] { $drafts } مشروع بند لم تتبنَّها بعدُ
    } دولة
    مستعرِضة، و{ $unanswered ->
        [zero] لا توجد أسئلة
        [one] سؤال واحد
        [two] سؤالان
        [few] { $unanswered } أسئلة
        [many] { $unanswered } سؤالًا
       *[other] { $unanswered } سؤال
    } بلا رد،
    و{ $disputed ->
        [zero] لا توجد ملاحظات تعترض عليها
        [one] ملاحظة واحدة تعترض عليها
        [two] ملاحظتان تعترض عليهما
        [few] { $disputed } ملاحظات تعترض عليها
        [many] { $disputed } ملاحظةً تعترض عليها
       *[other] { $disputed } ملاحظة تعترض عليها
    } الدولة الخاضعة للاستعراض.
review-overview-disclaimer =
    للأمانة. تُحصي هذه اللمحة العامة الأحكامَ لا الدول: عدد الاستعراضات التي تحدِّد تحديًا في كل
    حكم، والاحتياجات من المساعدة التقنية التي تحدِّدها، حسب النوع والمادة، وفق ترتيب المعاهدة. وهي
    ليست تصنيفًا للدول، ولا تذكر أسماء الدول إلا في قائمة الاستعراضات أدناه. أما المسودات التي
    أعدَّها برنامج saq انطلاقًا من الإجابات فليست من صياغة الدول المستعرِضة: وهي تُحصى على
    حدة.

review-overview-reviews-heading = الاستعراضات
review-overview-alphabetical = الدول مرتبة ترتيبًا ألفبائيًّا.
review-overview-column-state = الدولة الخاضعة للاستعراض
review-overview-column-questionnaire = الاستبيان
review-overview-column-cycle = الدورة
review-overview-column-status = الحالة
review-overview-column-drafts = مشاريع البنود
review-overview-column-unanswered = الأسئلة التي لم يُرَدّ عليها
review-overview-column-disputed = الملاحظات المعترض عليها

review-overview-instrument-cluster = { $instrument }، المجموعة المواضيعية { $cluster }
review-overview-questionnaire =
    الاستبيان «{ $title }»، الإصدار { $version }:
    { $reviews ->
        [zero] لا توجد استعراضات
        [one] استعراض واحد
        [two] استعراضان
        [few] { $reviews } استعراضات
        [many] { $reviews } استعراضًا
       *[other] { $reviews } استعراض
    }.
review-overview-challenges = التحديات حسب الحكم
review-overview-column-provision = الحكم
review-overview-column-challenge = الاستعراضات التي تحدِّد تحديًا
review-overview-column-challenge-disputed = منها ما هو معترض عليه
review-overview-column-draft-only = استعراضات لا تتضمن سوى مسودة
review-overview-no-challenges = لم يحدِّد أي استعراض تحديًا بعد.
review-overview-assistance = الاحتياجات من المساعدة التقنية
review-overview-column-kind = النوع
review-overview-column-article = المادة
review-overview-column-provisions = الأحكام
review-overview-column-assistance = الاستعراضات التي تحدِّده
review-overview-article = المادة { $article }
review-overview-no-assistance = لم يحدِّد أي استعراض احتياجًا إلى المساعدة التقنية بعد.

review-overview-failures-heading = ملفات استعراض لم يُعَدّ لها تقرير
review-overview-failures-intro = تتضمن هذه الملفات مشاكل؛ يُرجى تصحيحها ثم إعداد التقرير مرة أخرى.

## review-diff.md.j2: what changed between two versions of one country review.

review-diff-title = { $state }: التغييرات في الاستعراض
review-diff-versions = من { $old } ({ $old_status }) إلى { $new } ({ $new_status }).
review-diff-answers-changed = **تستعرض النسختان إجابات مختلفة**: تغيَّرت البصمة الرقمية للإجابات المستعرَضة.
    وقد لا تعود البنود التي أُعدَّت انطلاقًا من الإجابات السابقة مطابقة لها.
review-diff-no-changes = لم يتغيَّر أي سؤال أو ملاحظة أو موجز.
review-diff-written-feedback = { review-written-feedback }
review-diff-list-of-observations = { review-list-of-observations }
review-diff-summary = { review-summary }
review-diff-added = أُضيف
review-diff-withdrawn = سُحب
review-diff-accepted = قُبلت المسودة كما صيغت
review-diff-accepted-rewritten = قُبلت المسودة وأُعيدت صياغتها
review-diff-rewritten = أُعيدت الصياغة
review-diff-replied = رد الدولة
review-diff-reply-changed = تغيَّر الرد
review-diff-agreed = موافقة الدولة
review-diff-disputed = اعتراض الدولة
review-diff-good-practice = ممارسة جيدة
review-diff-challenge = تحدٍّ
review-diff-suggestion = اقتراح
review-diff-assistance-need = احتياج إلى المساعدة التقنية
review-diff-before = قبل: { $text }
review-diff-after = بعد: { $text }
