# Arabic message catalog (ar) of the words of `saq fill`, the interview in the terminal. Same ids
# as templates/i18n/en/fill.ftl; only the text is translated. Plain text. The user is addressed
# in the polite plural. The commands (/back, /skip, /na…), the word `none`, the pattern
# YYYY-MM-DD and the names VISUAL, EDITOR and Enter are typed or pressed as they are and stay
# untranslated. Progress counts stand after "…:" or "من أصل" so that no noun has to agree with a
# number; where a noun does follow a count, each of the six plural forms (zero, one, two, few,
# many, other) has its own wording.

## /help: the commands, one line each.
fill-help-title = الأوامر المتاحة عند أي سؤال:
fill-help-reason = السبب
fill-help-back = العودة إلى السؤال السابق
fill-help-skip = ترك هذا السؤال على حاله والانتقال إلى ما بعده (ويؤدي مفتاح Enter الغرض نفسه)
fill-help-na = السؤال لا ينطبق على بلدكم، مع بيان السبب
fill-help-unknown = الإجابة غير معروفة، مع بيان السبب
fill-help-quit = التوقف هنا: جميع الإجابات المقدَّمة حتى الآن محفوظة بالفعل
fill-help-lines = (نص) كتابة عدة أسطر، ثم سطر لا يحتوي إلا على نقطة
fill-help-edit = (نص) كتابة الإجابة في محرِّر النصوص لديكم ($VISUAL أو $EDITOR)
fill-help-help = هذه القائمة
fill-help-slash = الإجابة التي تبدأ بالرمز / تُكتب برمزين: //.
fill-help-stop = يؤدي Ctrl-C إلى التوقف فورًا؛ وجميع الإجابات المقدَّمة حتى الآن محفوظة بالفعل.

## Commands typed.
fill-not-a-command = `{ $command }` ليس أمرًا؛ ويعرض الأمر /help قائمة الأوامر
fill-why-not-applicable = لماذا لا ينطبق السؤال؟
fill-why-unknown = لماذا الإجابة غير معروفة؟
fill-reason-needed = يلزم ذكر السبب؛ العودة إلى السؤال.
fill-type-lines = اكتبوا الأسطر، ثم اختموها بسطر لا يحتوي إلا على نقطة (.).
fill-not-text = هذا الأمر مخصص للأسئلة التي تكون إجابتها نصًّا.
fill-no-editor = لم يُحدَّد أي محرِّر نصوص: يُرجى تحديد VISUAL أو EDITOR (مثل nano أو notepad)، أو استخدام /lines.
fill-editor-failed = تعذَّر إتمام التحرير في محرِّر النصوص: { $error }

## A question.
fill-where = [{ $section } · الأسئلة المنطبقة المُجاب عنها: { $answered } من أصل { $applicable }]
fill-question = { $text }  ({ $id })
fill-question-required = { $text }  ({ $id }، إلزامي)
fill-provision = الحكم { $id }: «{ $text }»
fill-on-file = الإجابة المسجَّلة: { $answer }

## The prompts.
fill-enter-keeps = Enter للإبقاء على الإجابة المسجَّلة
fill-enter-skips = Enter للتخطي
fill-ask-choice = رقم الخيار ({ $enter }):
fill-ask-choices = أرقام الخيارات مفصولة بفاصلة (,)، أو `none` ({ $enter }):
fill-ask-text = النص في سطر واحد، أو /lines لعدة أسطر، أو /edit لمحرِّر النصوص ({ $enter }):
fill-ask-number = العدد ({ $enter }):
fill-ask-date = التاريخ بالصيغة YYYY-MM-DD ({ $enter }):

## Lists.
fill-ask-measure = التدبير { $number }: العنوان (Enter عند اكتمال القائمة):
fill-ask-article = المادة أو الفرع (Enter إن لم يوجد):
fill-ask-link = الرابط (Enter إن لم يوجد):
fill-row = الصف { $number } (Enter في العمود الأول عند اكتمال الجدول):
fill-column = { $label } ({ $kind }):
fill-column-required = { $label } ({ $kind }، إلزامي):
fill-column-text = نص
fill-column-number = عدد
fill-column-date = YYYY-MM-DD
fill-column-is-required = هذا العمود إلزامي.

## What was typed is not a value of the kind asked for.
fill-not-a-choice = يُرجى كتابة رقم من 1 إلى { $last }، أو /help.
fill-not-choices = يُرجى كتابة أرقام من 1 إلى { $last }، مثل `1, 3`، أو /help.
fill-not-a-number = يُرجى كتابة أرقام فقط، مع نقطة فاصلة للكسر العشري، مثل 42 أو 3.5.
fill-not-a-date = يُرجى كتابة التاريخ بالصيغة YYYY-MM-DD، مثل 2026-03-31.

## An answer on file.
fill-answer-none = لا شيء
fill-answer-measures = { $count ->
    [zero] لم يُذكر أي تدبير
    [one] ذُكر تدبير واحد
    [two] ذُكر تدبيران
    [few] ذُكرت { $count } تدابير
    [many] ذُكر { $count } تدبيرًا
   *[other] ذُكر { $count } تدبير
}
fill-answer-rows = { $count ->
    [zero] لا يوجد أي صف
    [one] صف واحد
    [two] صفّان
    [few] { $count } صفوف
    [many] { $count } صفًّا
   *[other] { $count } صف
}
fill-answer-not-applicable = لا ينطبق: { $reason }
fill-answer-unknown = الإجابة غير معروفة: { $reason }
fill-list-separator = {"، "}

## Notices during the interview.
fill-resuming = الاستئناف من أول سؤال لم يُجَب عنه، وهو { $id } (الأسئلة المنطبقة المُجاب عنها: { $answered } من أصل { $applicable }).
fill-section-progress = الأسئلة المنطبقة المُجاب عنها في هذا القسم: { $answered } من أصل { $applicable }. ويعرض الأمر /help قائمة الأوامر.
fill-section-skipped = تخطي القسم «{ $section }»: { $reason }
fill-question-skipped = تخطي السؤال { $id } («{ $text }»): { $reason }
fill-not-saved = لم يُحفظ: { $problem }
fill-kept-aside = { $count ->
    [one] نُحّيت الإجابة عن السؤال { $questions } جانبًا ولم تُحذف، إذ لم يعد السؤال منطبقًا. وهي محفوظة تحت `inactive:` وستعود إذا عاد السؤال منطبقًا.
    [two] نُحّيت الإجابتان عن السؤالين { $questions } جانبًا ولم تُحذفا، إذ لم يعد السؤالان منطبقين. وهما محفوظتان تحت `inactive:` وستعودان إذا عاد السؤالان منطبقين.
   *[other] نُحّيت الإجابات عن الأسئلة { $questions } جانبًا ولم تُحذف، إذ لم تعد الأسئلة منطبقة. وهي محفوظة تحت `inactive:` وستعود إذا عادت الأسئلة منطبقة.
}
fill-restored = { $count ->
    [one] أُعيدت إجابتكم السابقة عن السؤال { $questions }.
    [two] أُعيدت إجابتاكم السابقتان عن السؤالين { $questions }.
   *[other] أُعيدت إجاباتكم السابقة عن الأسئلة { $questions }.
}
fill-at-first = هذا هو السؤال الأول.
fill-finished-all = نهاية الاستبيان: أُجيب عن جميع الأسئلة المنطبقة.
fill-finished = نهاية الاستبيان. { $count ->
    [zero] لم يبقَ أي سؤال منطبق بلا إجابة
    [one] بقي سؤال منطبق واحد بلا إجابة
    [two] بقي سؤالان منطبقان بلا إجابة
    [few] بقيت { $count } أسئلة منطبقة بلا إجابة
    [many] بقي { $count } سؤالًا منطبقًا بلا إجابة
   *[other] بقي { $count } سؤال منطبق بلا إجابة
}، ولا يوجد أي سؤال إلزامي بلا إجابة.
fill-finished-required = نهاية الاستبيان. { $count ->
    [zero] لم يبقَ أي سؤال منطبق بلا إجابة
    [one] بقي سؤال منطبق واحد بلا إجابة
    [two] بقي سؤالان منطبقان بلا إجابة
    [few] بقيت { $count } أسئلة منطبقة بلا إجابة
    [many] بقي { $count } سؤالًا منطبقًا بلا إجابة
   *[other] بقي { $count } سؤال منطبق بلا إجابة
}؛ والأسئلة الإلزامية التي لم يُجَب عنها: { $required } ({ $questions }).

## After the interview.
fill-saved = حُفظ الملف { $file }. الأسئلة المنطبقة المُجاب عنها: { $answered } من أصل { $applicable }؛ والأسئلة الإلزامية المُجاب عنها: { $required_answered } من أصل { $required }.
fill-next-submit = الخطوة التالية: يقدِّم الأمر `{ $submit }` الإجابات.
fill-next-fill = الخطوة التالية: يتابع الأمر `{ $fill }` من أول سؤال لم يُجَب عنه؛ ويعرض الأمر `{ $status }` ما تبقى.
