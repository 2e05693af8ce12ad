# Arabic message catalog (ar) of the words of `saq serve`'s pages (templates/form/). Same ids as
# templates/i18n/en/form.ftl; only the text is translated. The user is addressed in the polite
# plural; counts stand after "عدد …:" or "من أصل" so that no noun has to agree with a number.

## Every page (layout.html.j2).
form-skip = الانتقال إلى المحتوى
form-sections = الأقسام
form-answers-of = إجابات <strong>{ $state }</strong>
form-status-on = { $status } في { $date }
form-saved-in = محفوظة في <code>{ $file }</code>
form-overall = الأسئلة المُجاب عنها: { $answered } من أصل { $applicable }؛ الأسئلة الإلزامية: { $required_answered } من أصل { $required }.
form-section-does-not-apply = لا ينطبق
form-section-waits = يتوقف على إجابات سابقة
form-section-count = { $answered } من أصل { $applicable }
form-section-missing = { $answered } من أصل { $applicable }، والأسئلة الإلزامية المتبقية: { $missing }
form-start = البداية
form-go-start = الانتقال إلى صفحة البداية
form-report-so-far = تقرير الإجابات حتى الآن
form-submit = تقديم

## The start page (start.html.j2).
form-start-title = البداية
form-start-lead = إجابات <strong>{ $state }</strong>، قسمًا تلو الآخر.
form-start-fact-saved = تُحفظ كل إجابة في الملف <code>{ $file }</code> على هذا الحاسوب عند الضغط على <strong>حفظ</strong>. ولا يُرسَل أي شيء إلى أي مكان آخر.
form-start-fact-resume = يمكنكم التوقف في أي وقت والعودة لاحقًا، فالملف يحتفظ بإجاباتكم. ولإرسالها، أرسلوا الملف بالبريد الإلكتروني.
form-start-fact-treaty = يعرض كل سؤال، تحت عنوان <em>نص المعاهدة</em>، أحكام المعاهدة التي يتناولها. وإذا كان السؤال لا ينطبق على بلدكم، أو كانت الإجابة غير معروفة، فيُرجى بيان ذلك وسببه تحت عنوان <em>هل يتعذَّر عليكم الإجابة عن هذا السؤال؟</em>
form-start-fact-follow-ups = تظهر أسئلة المتابعة عندما تستدعيها إجابة سابقة. أما الإجابة عن سؤال لم يعد منطبقًا فتُحفظ في الملف وتُنحّى جانبًا، ثم تعود إذا عاد السؤال منطبقًا.
form-start-submitted = قُدِّمت هذه الإجابات. وهي معروضة في الصفحات، لكن لم يعد من الممكن تغييرها هنا.
form-start-submitted-on = قُدِّمت هذه الإجابات في { $date }. وهي معروضة في الصفحات، لكن لم يعد من الممكن تغييرها هنا.
form-start-complete = أُجيب عن جميع الأسئلة الإلزامية. يُرجى الاطلاع على { $report }، ثم { $submit }.
form-start-complete-report = تقرير الإجابات
form-start-complete-submit = تقديمها
form-start-sections = الأقسام
form-start-table-caption = الأسئلة المُجاب عنها في كل قسم
form-start-col-section = القسم
form-start-col-answered = المُجاب عنها
form-start-col-missing = الأسئلة الإلزامية التي لم يُجَب عنها بعد
form-start-does-not-apply = لا ينطبق
form-start-waits = يتوقف على إجابات سابقة
form-start-count = { $answered } من أصل { $applicable }
form-start-begin = البدء بقسم «{ $section }»

## A section (section.html.j2, macros.html.j2).
form-error-prefix = خطأ:
form-problem = توجد مشكلة
form-problem-nothing-saved = لم يُحفظ أي شيء في هذه الصفحة. يُرجى تصحيح ما هو مبيَّن أدناه، ثم الحفظ مرة أخرى.
form-conflict-title = عُدِّل الملف ببرنامج آخر
form-conflict-text = حفظ شخص آخر الملف <code>{ $file }</code> (في محرِّر نصوص أو في نسخة أخرى من saq) بعد إنشاء هذه الصفحة. <strong>لم تُحفظ</strong> إجاباتكم في هذه الصفحة، واحتُفظ بالإجابات التي حفظها ذلك الشخص.
form-conflict-choice = لا تزال الاستمارة أدناه تعرض ما أدخلتموه. { $reload }، أو اضغطوا على «حفظ» مرة أخرى لكتابة ما أدخلتموه بدلًا من إجابات ذلك الشخص عن هذا القسم (وتبقى تغييراته الأخرى كما هي).
form-conflict-choice-reload = حمِّلوا هذا القسم كما هو في الملف الآن
form-saved = تم الحفظ.
form-kept-aside = لم تعد هذه الأسئلة منطبقة؛ وإجاباتها محفوظة في الملف ومُنحّاة جانبًا، وستعود إذا عادت الأسئلة منطبقة:
form-restored = عادت هذه الأسئلة منطبقة؛ وأُعيدت إجاباتها السابقة:
form-unchanged = لم يتغير شيء: الملف على حاله.
form-not-obligations = لا تتعلق هذه الأسئلة بالتزامات بموجب المعاهدة.
form-section-skipped = لا ينطبق هذا القسم على بلدكم: { $reason }.
form-read-only = قُدِّمت هذه الإجابات، ولذلك فهي معروضة لكن لا يمكن تغييرها.
form-save = حفظ
form-save-next = الحفظ والانتقال إلى القسم التالي
form-pager = القسم السابق والقسم التالي
form-required = (إلزامي)
form-source = المصدر: { $source }
form-aside-note = نُحّيت هذه الإجابة جانبًا عندما توقف انطباق السؤال؛ وقد احتُفظ بها، وهي تُحتسب مرة أخرى الآن بعد أن عاد السؤال منطبقًا.
form-treaty-text = نص المعاهدة
form-treaty-text-of = نص المعاهدة: { $provisions }
form-provision = { $article } — الحكم { $provision }، { $force }
form-qualified-by = الشرط: { $qualifier }
form-applies-where = شروط الانطباق: { $condition }
form-your-answer = إجابتكم
form-number = العدد
form-date = التاريخ
form-measure = التدبير { $n }
form-row = الصف { $n }
form-add-measure = الحفظ وإضافة تدبير آخر
form-add-row = الحفظ وإضافة صف آخر
form-cannot-answer = هل يتعذَّر عليكم الإجابة عن هذا السؤال؟
form-cannot-answer-legend = إذا تعذَّرت الإجابة عن السؤال
form-answer-above = أجيب عنه أعلاه
form-not-applicable-because = لا ينطبق على بلدي، لأن…
form-unknown-because = الإجابة غير معروفة، لأن…
form-why = السبب
form-column-title = عنوان القانون أو التدبير
form-column-article = المادة أو الفرع
form-column-url = رابط النص

## The report page (report.html.j2).
form-report-title = التقرير حتى الآن
form-report-note = هذا هو تقرير الإجابات المحفوظة حتى الآن، كما سيُعِدُّه اليوم الأمر <code>saq report</code> الذي تستخدمه الأمانة. ويتغير التقرير كلما أجبتم.

## Submitting (submit.html.j2).
form-submit-title = تقديم الإجابات
form-submit-refused = لم تُقدَّم الإجابات: { $count ->
    [zero] لا يوجد أي سؤال إلزامي بلا إجابة.
    [one] لم يُجَب بعدُ عن سؤال إلزامي واحد.
    [two] لم يُجَب بعدُ عن سؤالين إلزاميين.
    [few] لم يُجَب بعدُ عن { $count } أسئلة إلزامية.
    [many] لم يُجَب بعدُ عن { $count } سؤالًا إلزاميًا.
   *[other] لم يُجَب بعدُ عن { $count } سؤال إلزامي.
}
form-submit-see-missing = الاطلاع على الأسئلة المطلوب الإجابة عنها
form-submitted = قُدِّمت إجابات { $state }.
form-submitted-on = قُدِّمت إجابات { $state } في { $date }.
form-submitted-file = أصبح الملف <code>{ $file }</code> يتضمن <code>status: submitted</code> ويحمل بصمة رقمية لإجاباته، فيظهر أي تغيير لاحق فيها عند التحقق منه. يُرجى إرسال الملف إلى الأمانة وفق ما هو متفق عليه.
form-submitted-digest = بصمته الرقمية: <code>{ $digest }</code>.
form-submitted-sign = لتوقيعه أيضًا، شغِّلوا الأمر <code>{ $command }</code> على هذا الحاسوب.
form-submit-counts = الأسئلة المنطبقة المُجاب عنها: { $answered } من أصل { $applicable }، ومنها { $required_answered } من أصل { $required } من الأسئلة الإلزامية.
form-still-to-answer = أسئلة لم يُجَب عنها بعد
form-still-to-answer-text = يجب الإجابة عن هذه الأسئلة الإلزامية قبل أن يتسنى تقديم الإجابات (ويمكن أن تفيد الإجابة أيضًا بأن السؤال لا ينطبق، أو بأن الإجابة غير معروفة، مع بيان السبب):
form-ready = أُجيب عن جميع الأسئلة الإلزامية. ويؤدي التقديم إلى وسم الملف بأنه مقدَّم، بتاريخ اليوم، مع بصمة رقمية لإجاباته حتى يظهر أي تغيير لاحق. وبعد ذلك لن يعود من الممكن تغيير الإجابات في هذه الاستمارة.
form-submit-button = تقديم الإجابات

## A page that says what went wrong (problem.html.j2): a title, then what to do. The system's
## own reason, when there is one, is shown below it as it is.
form-problem-unreadable = تتعذَّر قراءة ملف الإجابات
form-problem-unreadable-text = لم يتمكن saq من قراءته، للسبب المبيَّن أدناه. ولم يُحفظ أي شيء.
form-problem-invalid = توجد مشكلات في ملف الإجابات
form-problem-invalid-text = عُدِّل الملف خارج هذه الاستمارة ولم يعد يجتاز عمليات التحقق. يُرجى تصحيح المشكلات المبيَّنة أدناه في محرِّر نصوص (ويسردها الأمر saq validate أيضًا)، ثم إعادة تحميل هذه الصفحة. ولم يُحفظ أي شيء.
form-problem-expired = انتهت صلاحية هذه الاستمارة
form-problem-expired-text = أُنشئت هذه الاستمارة في تشغيل سابق للأمر saq serve. يُرجى الرجوع، وإعادة تحميل الصفحة، وإدخال الإجابات مرة أخرى. ولم يُحفظ أي شيء.
form-problem-no-section = القسم غير موجود
form-problem-no-section-text = لا يتضمن الاستبيان قسمًا بهذا الاسم. يُرجى اختيار قسم من القائمة.
form-problem-submitted = قُدِّمت هذه الإجابات
form-problem-submitted-text = لا تُغيَّر الإجابات بعد تقديمها. ولتغييرها، يُرجى كتابة status: draft في الملف، ثم تقديمها مرة أخرى.
form-problem-write = تعذَّرت كتابة الإجابات
form-problem-write-text = السبب مبيَّن أدناه. والملف على حاله كما كان قبل إرسال هذه الصفحة.
form-problem-save = تعذَّر حفظ الإجابات
form-problem-save-text = السبب مبيَّن أدناه. والملف على حاله كما كان قبل إرسال هذه الصفحة.
form-problem-report = يتعذَّر إعداد التقرير
form-problem-report-text = السبب مبيَّن أدناه. ولا تتأثر الإجابات بذلك.
form-problem-changed-before-submit = عُدِّل ملف الإجابات ببرنامج آخر
form-problem-changed-before-submit-text = تغيَّر الملف بعد إنشاء هذه الصفحة، ولذلك لم تُقدَّم الإجابات. يُرجى مراجعة الإجابات مرة أخرى، ثم تقديمها من صفحة جديدة.
form-problem-changed-while-submitting = عُدِّل ملف الإجابات ببرنامج آخر
form-problem-changed-while-submitting-text = تغيَّر الملف أثناء تقديم الإجابات، ولذلك لم تُقدَّم. يُرجى مراجعة الإجابات مرة أخرى، ثم تقديمها من صفحة جديدة.
form-problem-submit = تعذَّر تقديم الإجابات
form-problem-submit-text = السبب مبيَّن أدناه. والملف على حاله.
form-problem-no-page = الصفحة غير موجودة
form-problem-no-page-text = لا تتضمن هذه الاستمارة صفحة بهذا العنوان. يُرجى الرجوع إلى صفحة البداية.

## A value refused at its field (the error beside it and in the summary). $value is what was
## typed; $row a row's number; $column a table column's label.
form-error-reason-unknown = يُرجى بيان سبب عدم معرفة الإجابة: يلزم ذكر السبب
form-error-reason-not-applicable = يُرجى بيان سبب عدم انطباق السؤال: يلزم ذكر السبب
form-error-reason-help = على سبيل المثال: «لا يوجد في البلد أي صانع مرخَّص له»
form-error-number = «{ $value }» ليس عددًا
form-error-number-help = يُرجى كتابة أرقام فقط، مثل 42 أو 3.5
form-error-date = «{ $value }» ليس تاريخًا
form-error-date-help = يُرجى كتابة التاريخ بالصيغة YYYY-MM-DD، مثل 2026-03-31
form-error-url = التدبير { $row }: «{ $value }» ليس عنوانًا شبكيًا؛ يُرجى كتابته كاملًا بحيث يبدأ بـ https://، أو حذف الرابط
form-error-title = التدبير { $row }: يُرجى ذكر عنوانه، مثل «{ $example }»
form-error-measure = التدبير { $row }: { $problem }
form-error-cell-number = الصف { $row }، { $column }: «{ $value }» ليس عددًا (مثل 42)
form-error-cell-date = الصف { $row }، { $column }: «{ $value }» ليس تاريخًا مكتوبًا بالصيغة YYYY-MM-DD
form-error-cell-choice = الصف { $row }، { $column }: «{ $value }» ليس من بين الخيارات المدرجة
form-error-cell-text = الصف { $row }، { $column }: «{ $value }» ليس نصًّا
