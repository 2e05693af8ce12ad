# Arabic message catalog (ar) of the words `saq status`, `saq init` and `saq submit` print for a
# focal point, and of the line that ends `saq review report -o DIR`. Same ids as
# templates/i18n/en/cli.ftl, where the comments say what each variable is; only the text is
# translated. Plain text for a terminal: the commands between backquotes are typed as they are,
# never translated. The user is addressed in the polite plural; no verb agrees with a State's
# name (whose gender varies). Where a number governs a noun, the select has
# zero/one/two/few/many/other.

## saq status: a file it could not check.
cli-status-not-in-library = { $file }: لم يجرِ التحقق منه، لأن الاستبيان الذي يتبعه غير موجود في المكتبة (يُرجى الاطلاع على المشكلة المبيَّنة أعلاه)
cli-status-questionnaire-problems = { $file }: لم يجرِ التحقق منه، لأن في الاستبيان الذي يتبعه مشكلات (يُرجى الاطلاع على ما ورد أعلاه)
cli-status-unreadable = { $file }: تتعذَّر قراءته (يُرجى الاطلاع على المشكلات المبيَّنة أعلاه)

## saq status: a file's first line, then a table of its sections.
cli-status-heading = { $file }: إجابات { $state } ({ $status })
cli-status-column-section = القسم
cli-status-column-answered = المُجاب عنها
cli-status-column-applicable = المنطبقة
cli-status-column-required = الإلزامية
cli-status-column-missing = بلا إجابة
cli-status-all-sections = جميع الأقسام
cli-status-required-of = { $answered } من أصل { $required }
cli-status-does-not-apply = لا ينطبق: { $reason }
cli-status-and-more = { $list }، { $count ->
        [zero] دون أسئلة أخرى
        [one] وسؤال آخر
        [two] وسؤالان آخران
        [few] و{ $count } أسئلة أخرى
        [many] و{ $count } سؤالًا آخر
       *[other] و{ $count } سؤال آخر
    }

## saq status: below the table.
cli-status-not-counted = { $count ->
        [zero] لا توجد إجابات غير محتسبة عن أسئلة لا تنطبق
        [one] لم تُحتسب إجابة واحدة عن سؤال لا ينطبق
        [two] لم تُحتسب إجابتان عن سؤالين لا ينطبقان
        [few] لم تُحتسب { $count } إجابات عن أسئلة لا تنطبق
        [many] لم تُحتسب { $count } إجابةً عن أسئلة لا تنطبق
       *[other] لم تُحتسب { $count } إجابة عن أسئلة لا تنطبق
    }: { $list }
cli-status-not-counted-help = كلٌّ منها موضَّح أعلاه (`answer-not-applying`)؛ ولم يُحذف أي شيء
cli-status-submitted-on = قُدِّمت الإجابات في { $date }
cli-status-submitted-undated = قُدِّمت الإجابات في تاريخ غير معروف
cli-status-submitted-with-problems = { $submitted }، لكن الملف يتضمن { $count ->
        [zero] { $count } مشكلة
        [one] مشكلةً واحدة
        [two] مشكلتين
        [few] { $count } مشكلات
        [many] { $count } مشكلةً
       *[other] { $count } مشكلة
    } (يُرجى الاطلاع على ما ورد أعلاه)
cli-status-ready = الإجابات جاهزة للتقديم: أُجيب عن جميع الأسئلة الإلزامية المنطبقة (`{ $command }`)
cli-status-missing = يتعذَّر التقديم: { $count ->
        [zero] لا يوجد أي سؤال إلزامي بلا إجابة
        [one] لم يُجَب عن سؤال إلزامي واحد
        [two] لم يُجَب عن سؤالين إلزاميين
        [few] لم يُجَب عن { $count } أسئلة إلزامية
        [many] لم يُجَب عن { $count } سؤالًا إلزاميًا
       *[other] لم يُجَب عن { $count } سؤال إلزامي
    }: { $list }
cli-status-missing-help = يطرح الأمر `{ $command }` هذه الأسئلة، بدءًا بأول سؤال لم يُجَب عنه
cli-status-problems = يتعذَّر التقديم: يتضمن الملف { $count ->
        [zero] { $count } مشكلة
        [one] مشكلةً واحدة
        [two] مشكلتين
        [few] { $count } مشكلات
        [many] { $count } مشكلةً
       *[other] { $count } مشكلة
    } (مبيَّنة أعلاه مع أسطرها)

## saq init: the file written, and what to do next.
# The count stands after «عددها:», so that no noun has to agree with it (the questionnaires
# have hundreds of questions).
cli-init-wrote = كُتب الملف { $file }: مسودة إجابات { $state } عن الاستبيان { $questionnaire } { $version }، وهي تسرد جميع أسئلته (عددها: { $count })
cli-init-next = الخطوة التالية:
cli-init-next-edit = اكتبوا الإجابات بأي محرِّر نصوص، أو شغِّلوا الأمر `{ $fill }` لتُطرح عليكم الأسئلة واحدًا تلو الآخر؛
cli-init-next-check = ويبيِّن الأمر `{ $status }` ما تبقّى، ويقدِّم الأمر `{ $submit }` الإجابات

## saq submit.
cli-submit-already = سبق تقديم { $file } ({ $when })؛ لا يلزم اتخاذ أي إجراء
cli-submit-already-signing = سبق تقديم { $file } ({ $when })؛ ويجري توقيعه على حاله
cli-submit-when = في { $date }
cli-submit-when-unknown = في تاريخ غير معروف
cli-submit-already-help = لتغيير الإجابات، اكتبوا `status: draft`، ثم عدِّلوها وقدِّموها مرة أخرى
cli-submit-done = قُدِّم { $file }: إجابات { $state } بتاريخ { $date }؛ الأسئلة المنطبقة المُجاب عنها: { $answered } من أصل { $applicable }
cli-submit-digest = البصمة الرقمية: { $digest }
cli-submit-validate-note = سيُبلغ الأمر `{ $command }` من الآن فصاعدًا عن أي تغيير يُدخَل على الإجابات
cli-submit-signed = وُقِّع { $file } بالمفتاح { $key }: { $signature }
cli-submit-signed-note = أرسلوا { $signature } مع الإجابات؛ ويتحقق الأمر `{ $command }` من التوقيع
cli-submit-backed-up = أُعيدت كتابة { $file } وفق تنسيق saq؛ واحتُفظ { $count ->
        [zero] بـ{ $count } سطر من تعليقاتكم
        [one] بسطر واحد من تعليقاتكم
        [two] بسطرين من تعليقاتكم
        [few] بـ{ $count } أسطر من تعليقاتكم
        [many] بـ{ $count } سطرًا من تعليقاتكم
       *[other] بـ{ $count } سطر من تعليقاتكم
    } في { $backup }

## saq review report -o DIR: what was written.
cli-review-report-wrote = كُتب { $count ->
        [zero] { $count } تقرير استعراض
        [one] تقرير استعراض واحد
        [two] تقريرا استعراض
        [few] { $count } تقارير استعراض
        [many] { $count } تقريرَ استعراض
       *[other] { $count } تقرير استعراض
    } واللمحة العامة للأمانة في { $folder }
