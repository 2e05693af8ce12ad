# views messages (ar): see templates/i18n/en/views.ftl for the ids.
#
# Arabic message catalog (ar) of the views (comparative.md.j2, comparative-named.md.j2,
# index.md.j2, diff.md.j2) and of the words of their charts. Same ids as
# templates/i18n/en/views.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. The views never rank States («لا يتضمن أي تصنيف
# للدول»): every message says so where the English does. Terms as in labels.ftl and country.ftl:
# «العرض المقارن», «العرض المقارن حسب الدولة» (named view), «توزيع مقيَّد» (restricted), «الحالة
# المُبلَّغ عنها», «ثغرة», «مجموعة إجابات» (answer set), «مسودة» (draft), «جهة الوصل» (focal
# point), «استنتاج بشأن الامتثال». No verb agrees with a State's name: the name follows a noun
# («المقدَّمة من …»). A count that governs a noun has zero/one/two/few/many/other (the dual in the
# case its place asks for); other counts stand after «من أصل» or in parentheses.

## comparative.md.j2: the comparative view. It names no State and ranks none.

comparative-title = عرض مقارن: تنفيذ { $instrument }
comparative-questionnaire =
    إجابات عن استبيان التقييم الذاتي «{ $title }» (الإصدار
    { $version }).
comparative-disclaimer = *يصف هذا العرض المقارن التدابير التي أبلغت عنها الدول في تقييماتها الذاتية. وهو لا يذكر اسم
    أي دولة ولا يتضمن أي تصنيف للدول، ولا يُعدّ استنتاجًا بشأن الامتثال. وتتعلق الأعداد بالأحكام: أي عدد الدول التي
    تُبلغ عن كل حكم بأنه منفَّذ، أو منفَّذ جزئيًّا، أو غير منفَّذ، أو لا ينطبق. ولا يُعدّ عدم اعتماد دولة ما
    لتدبير اختياري ثغرةً.*
comparative-drafts-note = *يشمل ذلك { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتَي إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    }: فالمسودة ليست
    ما أجازته جهة الوصل التابعة للدولة.*

comparative-covers = نطاق هذا العرض
comparative-covers-counted = **مجموعات الإجابات المحتسبة:** { $counted }{ $all_counted ->
        [yes] {""}
       *[no] {" "}من أصل { $reported } من المجموعات المقدَّمة
    }{ $one_per_state ->
        [yes] {""}
       *[no] ، مقدَّمة من { $states ->
            [zero] { $states } دولة
            [one] دولة واحدة
            [two] دولتين
            [few] { $states } دول
            [many] { $states } دولةً
           *[other] { $states } دولة
        } (وتُحتسب الدولة التي قدَّمت مجموعتَي إجابات، كأن تكونا لدورتَي استعراض، مرتين)
    }.
comparative-covers-left-out = **المستبعَدة:** { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتا إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    }. ولا تُحتسب
    المسودات إلا بناءً على طلب (`saq report --include-drafts`): فالمسودة ليست ما أجازته جهة الوصل
    التابعة للدولة.
comparative-covers-drafts = **المسودات:** تشمل الأعداد { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتَي إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    }.
comparative-covers-cycles = **دورات الاستعراض:** { $cycles }.
comparative-cycle = { $cycle } ({ $count ->
        [zero] { $count } مجموعة إجابات
        [one] مجموعة إجابات واحدة
        [two] مجموعتا إجابات
        [few] { $count } مجموعات إجابات
        [many] { $count } مجموعةَ إجابات
       *[other] { $count } مجموعة إجابات
    })
comparative-cycle-period = الفترة { $period }
comparative-cycle-not-stated = غير محدَّدة
comparative-covers-sources = **المصادر:** { $with_source ->
        [0] لا تذكر أيٌّ من مجموعات الإجابات المحتسبة مصدرَ إجاباتها.
        [one] تذكر مجموعة إجابات واحدة، من أصل { $counted } من المجموعات المحتسبة،
            مصدرَ إجاباتها؛ ويذكر التقرير القُطري
            الخاص بها مصدرها.
        [two] تذكر مجموعتا إجابات، من أصل { $counted } من المجموعات المحتسبة، مصدرَ إجاباتهما؛ ويذكر التقرير القُطري
            الخاص بكل منهما مصدرها.
        [few] تذكر { $with_source } مجموعات إجابات، من أصل { $counted } من المجموعات المحتسبة، مصدرَ إجاباتها؛ ويذكر التقرير القُطري
            الخاص بكل منها مصدرها.
        [many] تذكر { $with_source } مجموعةَ إجابات، من أصل { $counted } من المجموعات المحتسبة، مصدرَ إجاباتها؛ ويذكر التقرير القُطري
            الخاص بكل منها مصدرها.
       *[other] تذكر { $with_source } مجموعة إجابات، من أصل { $counted } من المجموعات المحتسبة، مصدرَ إجاباتها؛ ويذكر التقرير القُطري
            الخاص بكل منها مصدرها.
    }
comparative-covers-no-state-named = **لا يُذكر اسم أي دولة.** مستوى الإفصاح لمجموعات الإجابات المحتسبة: توزيع مقيَّد ({ $restricted })،
    الأمانة ({ $secretariat })، علني ({ $public }). أما مصفوفة الأحكام × الدول الخاصة بالدول التي تسمح
    مجموعات إجاباتها بذلك (الأمانة أو علني) فهي عرض مستقل، مخصَّص للمشاركين في الاستعراض وللأمانة فقط (`saq report --named`).
comparative-few-answer-sets =
    > **عندما يقل عدد مجموعات الإجابات المحتسبة عن ثلاث، قد تكشف هذه الأعداد ما أبلغت عنه دولة بعينها.**
    > لذا يُرجى عدم تداول هذا العرض إلا على النحو الذي تُتداول به إجابات الدول نفسها.
comparative-nothing-counted = لا توجد أي مجموعة إجابات محتسبة، ومن ثم لا يوجد ما يُقارَن.

comparative-col-provision = الحكم
comparative-col-obligation = الالتزام
comparative-col-assessed = مُقيَّم
comparative-col-implemented = منفَّذ
comparative-col-in-part = جزئيًّا
comparative-col-not = غير منفَّذ
comparative-col-considered = نُظر فيه
comparative-col-not-adopted = اختياري، غير معتمَد
comparative-col-not-applicable = لا ينطبق
comparative-col-not-assessed = لم يُقيَّم
comparative-col-article = المادة

comparative-provisions = الأحكام في مجمل الدول
comparative-provisions-intro =
    يُحصي عمود «{ comparative-col-assessed }» عدد الدول التي حدَّدت حالةً للحكم (بما في ذلك «لا ينطبق»)، من أصل
    { $counted } من الدول المحتسبة. ويشمل عمود «{ comparative-col-implemented }» أيضًا التدابير الاختيارية والتدابير التي نُظر فيها واعتُمدت؛ ويُحصي عمود «{ comparative-col-not }»
    الالتزامات غير المنفَّذة والتدابير التي كان يتعيَّن النظر فيها ولم يُنظر فيها.
comparative-assessed-of = { $assessed } من أصل { $counted }

comparative-by-article = حسب المادة
comparative-by-article-intro = أعداد تشمل الدول المحتسبة وأحكام كل مادة.
comparative-article = { $article }. { $title }
comparative-article-other = { $instrument }، المادة { $article }. { $title }

comparative-gaps = مواطن تركُّز الثغرات
comparative-gaps-none =
    لا تُبلغ أي دولة من الدول المحتسبة عن التزام غير منفَّذ أو منفَّذ جزئيًّا، ضمن الأحكام التي قيَّمتها
    كل منها.
comparative-gaps-intro =
    الالتزامات التي أبلغت الدول بأنها غير منفَّذة أو منفَّذة جزئيًّا (أو، في حالة أحكام الالتزام بالنظر،
    بأنه لم يُنظر فيها): أولًا الالتزامات الإلزامية، ثم الالتزامات المقيَّدة بشروط، فالأحكام المشروطة، فالالتزامات
    بالنظر، ويرد في كل فئة أولًا ما أُبلغ عنه أكثر من غيره. وتُحصى ثغرات كل حكم ضمن الدول التي قيَّمته:
    فالدولة التي لم تُجب بشأن حكم ما لا تُبلغ عن ثغرة فيه، ولا عن تنفيذه كذلك.
comparative-col-states-with-gap = الدول المُبلِّغة عن ثغرة
comparative-col-not-implemented = غير منفَّذ أو لم يُنظر فيه
comparative-col-partially = جزئيًّا
comparative-gap-states = { $gap } من أصل { $assessed ->
        [zero] { $assessed } دولة قيَّمته
        [one] دولة واحدة قيَّمته
        [two] دولتين قيَّمتاه
        [few] { $assessed } دول قيَّمته
        [many] { $assessed } دولةً قيَّمته
       *[other] { $assessed } دولة قيَّمته
    }

comparative-assistance = الطلب على المساعدة التقنية
comparative-assistance-none = لا تطلب أي دولة من الدول المحتسبة مساعدة تقنية في إجاباتها.
comparative-assistance-intro =
    عدد الدول التي تطلب كل نوع من أنواع المساعدة، من أصل { $counted } من الدول المحتسبة، والمواد التي
    تطلبها بشأنها.
comparative-col-kind = نوع المساعدة
comparative-col-states-requesting = الدول الطالبة له
comparative-col-articles-states = المواد (عدد الدول)
comparative-col-states-requesting-assistance = الدول الطالبة للمساعدة
comparative-col-kinds-states = الأنواع (عدد الدول)

## comparative-named.md.j2: the named view, restricted. States appear in alphabetical order and
## are never ranked.

named-restricted = توزيع مقيَّد: للمشاركين في الاستعراض والأمانة فقط.
named-title = عرض مقارن حسب الدولة: تنفيذ { $instrument }
named-notice =
    > **{ named-restricted }** يذكر هذا العرض أسماء الدول
    > التي تسمح مجموعات إجاباتها بذلك (`disclosure: secretariat` أو `public`)، مع الحالة التي تُبلغ عنها كل دولة
    > بشأن كل حكم. يُرجى عدم تمريره إلى الغير. ويقدِّم العرض المقارن المرافق له الأعداد نفسها
    > دون ذكر اسم أي دولة.
named-questionnaire =
    إجابات عن استبيان التقييم الذاتي «{ $title }» (الإصدار
    { $version }).
named-state-draft = { $state } ({ named-draft })
named-review-period = (الفترة { $period })
named-drafts-note = *يشمل ذلك { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتَي إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    }، وتُميَّز المسودات بعبارة «({ named-draft })».*
named-draft = مسودة
named-count = **الدول المذكورة بالاسم:** { $count ->
        [0] { $count }
        [one] دولة واحدة
        [two] دولتان، مرتبتان ترتيبًا أبجديًّا
        [few] { $count } دول، مرتبة ترتيبًا أبجديًّا
        [many] { $count } دولةً، مرتبة ترتيبًا أبجديًّا
       *[other] { $count } دولة، مرتبة ترتيبًا أبجديًّا
    }.
named-not-named = **الدول غير المذكورة بالاسم:** { $count ->
        [zero] { $count } دولة لم تُذكر أسماؤها لأن إجاباتها ذات توزيع مقيَّد.
        [one] دولة واحدة لم يُذكر اسمها لأن إجاباتها ذات توزيع مقيَّد.
        [two] دولتان لم يُذكر اسماهما لأن إجاباتهما ذات توزيع مقيَّد.
        [few] { $count } دول لم تُذكر أسماؤها لأن إجاباتها ذات توزيع مقيَّد.
        [many] { $count } دولةً لم تُذكر أسماؤها لأن إجاباتها ذات توزيع مقيَّد.
       *[other] { $count } دولة لم تُذكر أسماؤها لأن إجاباتها ذات توزيع مقيَّد.
    }
named-drafts = **المسودات:** يشمل العرض { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتَي إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    }، وتُميَّز المسودات بعبارة «({ named-draft })».
named-left-out = **المستبعَدة:** { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتا إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    } (لا تُحتسب المسودات إلا باستخدام
    `saq report --include-drafts`).
named-disclaimer = *الدول مرتبة ترتيبًا أبجديًّا؛ ولا يتضمن العرض أي تصنيف للدول، ولا يُعدّ استنتاجًا بشأن
    الامتثال. وكل حالة إنما تعيد عرض ما أبلغت عنه الدولة في تقييمها الذاتي.*
named-pages = الصفحات
named-pages-intro = تُعرض الدول المذكورة بالاسم مرتبةً ترتيبًا أبجديًّا، بواقع { $size } في كل صفحة:
named-page = الدول من { $first } إلى { $last }: من { $from } إلى { $to }
named-no-matrix = لا تسمح أي مجموعة من مجموعات الإجابات المحتسبة بذكر اسم الدولة المقدِّمة لها، ومن ثم لا توجد مصفوفة لعرضها.
named-states = الدول المذكورة بالاسم
named-col-state = الدولة
named-col-code = الرمز
named-col-review = الاستعراض
named-col-source = المصدر
named-col-status = الحالة
named-col-disclosure = مستوى الإفصاح
named-col-answered = الأسئلة المُجاب عنها
named-matrix = مصفوفة الأحكام × الدول
named-matrix-legend =
    { verdict-short-implemented }: منفَّذ؛ { verdict-short-partially-implemented }: منفَّذ جزئيًّا؛ { verdict-short-not-implemented }: غير منفَّذ؛ { verdict-short-considered }: نُظر فيه؛ { verdict-short-not-considered }:
    لم يُنظر فيه؛ { verdict-short-adopted }، { verdict-short-partially-adopted }، { verdict-short-not-adopted }: تدبير اختياري أو تدبير نُظر فيه معتمَد، أو معتمَد
    جزئيًّا، أو غير معتمَد (ولا يُعدّ ذلك ثغرة)؛ { verdict-short-not-applicable }: لا ينطبق؛ { verdict-short-not-assessed }: لم يُقيَّم. الدول مرتبة ترتيبًا أبجديًّا.
named-group-one = المادة { $first }
named-group-two = المادتان { $first } و{ $last }
named-group-range = المواد من { $first } إلى { $last }

## index.md.j2: the index of a batch of country reports, for the secretariat. States appear in
## alphabetical order and are never ranked.

index-title = التقارير القُطرية: { $instrument }
index-questionnaire = استبيان التقييم الذاتي «{ $title }»، الإصدار { $version }.
index-comparative = [العرض المقارن بين الدول]({ $href }) يحتسب
    { $count ->
        [zero] { $count } مجموعة إجابات
        [one] مجموعة إجابات واحدة
        [two] مجموعتَي إجابات
        [few] { $count } مجموعات إجابات
        [many] { $count } مجموعةَ إجابات
       *[other] { $count } مجموعة إجابات
    } ولا يذكر اسم أي دولة.
index-named = [العرض المقارن حسب الدولة]({ $href }) (توزيع مقيَّد: للمشاركين في الاستعراض
    والأمانة فقط) يذكر أسماء الدول التي تسمح مجموعات إجاباتها بذلك.
index-disclaimer = *للأمانة: يورد هذا الفهرس كل مجموعة إجابات مقدَّمة، مع اسم الدولة، أيًّا كان مستوى
    الإفصاح عنها. والدول مرتبة ترتيبًا أبجديًّا. وتصف التقارير التدابير التي أبلغت عنها كل
    دولة، ولا تُعدّ تصنيفًا ولا استنتاجًا بشأن الامتثال.*
index-col-state = الدولة
index-col-code = الرمز
index-col-review = الاستعراض
index-col-source = المصدر
index-col-status = الحالة
index-col-disclosure = مستوى الإفصاح
index-col-answered = الأسئلة المُجاب عنها
index-col-comparative = العرض المقارن
index-review-period = (الفترة { $period })
index-in-view-left-out = مستبعَدة: مسودة
index-in-view-named = محتسبة؛ مذكورة بالاسم
index-in-view-not-named = محتسبة؛ غير مذكورة بالاسم (توزيع مقيَّد)
index-in-view-counted = محتسبة
index-note-left-out = يستبعد العرض المقارن { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتَي إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    }
    (وهي المسودات المشار إليها بعبارة «{ index-in-view-left-out }»): فالمسودة ليست ما أجازته جهة الوصل التابعة للدولة.
    ويؤدي الأمر `saq report --include-drafts` إلى احتساب المسودات.
index-note-drafts-counted = يشمل العرض المقارن { $count ->
        [zero] { $count } مجموعة إجابات بصيغة مسودة
        [one] مجموعة إجابات واحدة بصيغة مسودة
        [two] مجموعتَي إجابات بصيغة مسودة
        [few] { $count } مجموعات إجابات بصيغة مسودة
        [many] { $count } مجموعةَ إجابات بصيغة مسودة
       *[other] { $count } مجموعة إجابات بصيغة مسودة
    }، بناءً
    على طلب الأمانة (`--include-drafts`).
index-note-named =
    لا يذكر العرض المقارن حسب الدولة إلا أسماء الدول التي تنص مجموعات إجاباتها على `disclosure: secretariat` أو
    `public`؛ أما الدولة ذات التوزيع المقيَّد (وهو الإعداد الافتراضي) فتُحتسب ولا يُذكر اسمها أبدًا.
index-failures = مجموعات الإجابات التي لم يُعَدّ لها تقرير
index-failures-intro = تنطوي هذه الملفات على مشاكل؛ يُرجى تصحيحها ثم تشغيل الدفعة مرة أخرى.

## diff.md.j2: what changed for one State between two answer sets. Neither a ranking nor a finding
## of compliance.

diff-title = { $state }: التغييرات في تنفيذ { $instrument }
diff-questionnaire = مقارنة بين مجموعتَي إجابات عن استبيان التقييم الذاتي «{ $title }».
diff-warning-different-states =
    > **تحذير:** تذكر مجموعتا الإجابات دولتين مختلفتين، هما { $old } و{ $new }.
    > ومن ثم فإن التغييرات الواردة أدناه تقارن بين إجابات دولتين، لا بين مراحل تقدُّم دولة واحدة.
diff-warning-different-versions =
    > **تحذير:** تجيب مجموعتا الإجابات عن إصدارين مختلفين من الاستبيان، هما { $old }
    > و{ $new }. وقد ينشأ أي تغيير وارد أدناه عن تعديل في السؤال لا عن تغيير في الإجابة.
diff-col-earlier = الإجابات السابقة
diff-col-later = الإجابات اللاحقة
diff-row-state = الدولة
diff-row-questionnaire = الاستبيان
diff-row-status = الحالة
diff-row-review = دورة الاستعراض
diff-row-period = الفترة المشمولة بالتقرير
diff-row-source = المصدر
diff-row-disclosure = مستوى الإفصاح
diff-row-started = تاريخ البدء
diff-row-updated = آخر تحديث
diff-row-submitted = تاريخ التقديم
diff-row-answered = الأسئلة المنطبقة المُجاب عنها
diff-questionnaire-version = { $id }، الإصدار { $version }
diff-answered = { $answered } من أصل { $applicable } ({ $percent } في المائة)
diff-disclaimer-one-state = *تصف هذه المقارنة التدابير الواردة في تقييمين ذاتيين مقدَّمين من { $state }.
    وهي ليست تصنيفًا للدول ولا استنتاجًا بشأن الامتثال: فالحالات المُبلَّغ عنها إنما تعيد عرض
    إجابات الدولة نفسها، دعمًا للحوار في إطار الاستعراض
    وللمساعدة التقنية. أما نسبة الأسئلة المُجاب عنها فتقيس مدى اكتمال ملء
    الاستبيان، لا مدى التنفيذ.*
diff-disclaimer-two-states = *تصف هذه المقارنة التدابير الواردة في التقييمات الذاتية المقدَّمة من { $old } و{ $new }.
    وهي ليست تصنيفًا للدول ولا استنتاجًا بشأن الامتثال: فالحالات المُبلَّغ عنها إنما تعيد عرض
    الإجابات التي قدَّمتها الدولتان نفسهما، دعمًا للحوار في إطار الاستعراض
    وللمساعدة التقنية. أما نسبة الأسئلة المُجاب عنها فتقيس مدى اكتمال ملء
    الاستبيان، لا مدى التنفيذ.*

diff-summary = موجز
diff-no-change =
    لا يوجد أي تغيير: تحدِّد مجموعتا الإجابات الحالة نفسها لكل حكم، وتذكران التدابير نفسها،
    وتتضمنان طلبات المساعدة التقنية نفسها.
diff-col-change = التغيير
diff-col-count = العدد
diff-summary-improved = الأحكام التي تحسَّنت حالتها المُبلَّغ عنها
diff-summary-regressed = الأحكام التي تراجعت حالتها المُبلَّغ عنها
diff-summary-changed = الأحكام التي تغيَّرت حالتها المُبلَّغ عنها إلى «لا ينطبق» أو «لم يُقيَّم» أو منهما
diff-summary-unchanged = الأحكام التي لم تتغيَّر حالتها المُبلَّغ عنها
diff-summary-measures = الأحكام التي ذُكرت بشأنها تدابير جديدة أو لم تعد تُذكر بشأنها تدابير
diff-summary-opened = طلبات المساعدة التقنية الجديدة
diff-summary-closed = طلبات المساعدة التقنية المُغلقة

diff-statuses = الحالات المُبلَّغ عنها
diff-statuses-none = لم تتغيَّر الحالة المُبلَّغ عنها لأي حكم.
diff-statuses-intro =
    الأحكام التي تغيَّرت حالتها المُبلَّغ عنها، بحسب ترتيبها في المعاهدة. ويُقرأ «التحسُّن» و«التراجع» على
    سُلَّم: لا شيء، نُظر فيه، جزئيًّا، كليًّا (غير منفَّذ، منفَّذ جزئيًّا، منفَّذ؛ أو
    لم يُنظر فيه، نُظر فيه، معتمَد)؛ أما الانتقال إلى «لا ينطبق» أو «لم يُقيَّم» أو منهما فلا يُعدّ تحسُّنًا ولا تراجعًا.
diff-improved = تحسُّن
diff-regressed = تراجُع
diff-changed = تغيُّر إلى «لا ينطبق» أو «لم يُقيَّم» أو منهما
diff-col-provision = الحكم
diff-col-obligation = الالتزام
diff-col-before = قبل
diff-col-after = بعد

diff-measures = التدابير المذكورة
diff-measures-none = تذكر مجموعتا الإجابات التدابير نفسها.
diff-measures-intro = الأحكام التي ذُكرت بشأنها تدابير جديدة أو لم تعد تُذكر بشأنها تدابير، بحسب ترتيبها في المعاهدة.
diff-col-newly-cited = مذكورة حديثًا
diff-col-no-longer-cited = لم تعد مذكورة

diff-assistance = المساعدة التقنية
diff-assistance-none = لم يُقدَّم أي طلب جديد للمساعدة التقنية ولم يُغلق أي طلب.
diff-requests-opened = الطلبات الجديدة
diff-requests-opened-intro = أنواع المساعدة التي تطلبها الإجابات اللاحقة ولم تطلبها الإجابات السابقة.
diff-requests-closed = الطلبات المُغلقة
diff-requests-closed-intro = أنواع المساعدة التي طلبتها الإجابات السابقة ولم تعد الإجابات اللاحقة تطلبها.
diff-request-article = المادة { $article }. { $title }:
diff-kind-not-specified = النوع غير محدَّد
diff-need-described = الحاجة الموصوفة
diff-need-described-earlier = الحاجة كما وُصفت سابقًا

## labels.j2: the words of the charts. The words in braces are filled in by saq: keep them as
## they are.

chart-group-implemented = منفَّذ أو معتمَد
chart-group-in-part = جزئيًّا
chart-group-considered = نُظر فيه
chart-group-not-implemented = غير منفَّذ أو لم يُنظر فيه
chart-group-not-adopted = اختياري، غير معتمَد
chart-group-not-applicable = لا ينطبق
chart-group-not-assessed = لم يُقيَّم
chart-per-article-title = الحالة المُبلَّغ عنها حسب المادة، على مستوى الدول المحتسبة
chart-per-article-bar = المادة {"{"}article{"}"}: {"{"}status{"}"} ({"{"}count{"}"})
chart-heat-map-title = مصفوفة الأحكام × الدول (توزيع مقيَّد)
chart-heat-map-draft = {"{"}state{"}"} (مسودة)
chart-heat-map-cell = {"{"}state{"}"}: المادة {"{"}provision{"}"}: {"{"}status{"}"}

## page.html.j2

page-charts = الرسوم البيانية
# In a style sheet: no straight double quotes.
page-restricted-marking = توزيع مقيَّد: للمشاركين في الاستعراض والأمانة فقط
