# Arabic message catalog (ar) of the words the reports share: the label of each reported status,
# force, flag, status of an answer set and disclosure, and the page titles. Same ids as
# templates/i18n/en/labels.ftl; only the text is translated.

## A reported status restates the State's answers in the words of the provision's force.
verdict-implemented = منفَّذ
verdict-partially-implemented = منفَّذ جزئيًّا
verdict-not-implemented = غير منفَّذ
verdict-considered = نُظر فيه
verdict-not-considered = لم يُنظر فيه
verdict-adopted = معتمَد
verdict-partially-adopted = معتمَد جزئيًّا
verdict-not-adopted = غير معتمَد
verdict-not-applicable = لا ينطبق
verdict-not-assessed = لم يُقيَّم

verdict-short-implemented = نعم
verdict-short-partially-implemented = جزئي
verdict-short-not-implemented = لا
verdict-short-considered = نُظر فيه
verdict-short-not-considered = لم يُنظر
verdict-short-adopted = معتمد
verdict-short-partially-adopted = معتمد جزئيا
verdict-short-not-adopted = غير معتمد
verdict-short-not-applicable = لا ينطبق
verdict-short-not-assessed = –

force-mandatory = إلزامي
force-mandatory-qualified = إلزامي (مقيَّد بشروط)
force-consider = يتعيَّن النظر فيه
force-optional = اختياري
force-conditional = مشروط
force-interpretive = تفسيري

force-phrase-mandatory = إلزامي
force-phrase-mandatory-qualified = التزام مقيَّد بشروط
force-phrase-consider = التزام بالنظر
force-phrase-optional = اختياري
force-phrase-conditional = مشروط
force-phrase-interpretive = تفسيري

flag-unsupported = لم يُذكر أيُّ تدبير
flag-no-evidence-of-implementation = لم يُقدَّم أيُّ مثال على التنفيذ

status-draft = مسودة
status-submitted = مقدَّم

disclosure-restricted = توزيع مقيَّد
disclosure-secretariat = الأمانة
disclosure-public = علني

## The title of each HTML page.
page-title-country = { $state }: تنفيذ { $instrument }
page-title-comparative = عرض مقارن: تنفيذ { $instrument }
page-title-named = توزيع مقيَّد · عرض مقارن حسب الدولة: تنفيذ { $instrument }
page-title-index = التقارير القُطرية: { $instrument }
page-title-diff = { $state }: التغييرات في تنفيذ { $instrument }
page-title-review = { $state }: استعراض تنفيذ { $instrument }
page-title-review-overview = الاستعراضات القُطرية: لمحة عامة للأمانة
page-title-review-diff = { $state }: التغييرات في الاستعراض

## A provision's reference: "المادة 8(1)(b)", and after another treaty's title.
provision-article = المادة { $ref }
provision-article-after-title = المادة { $ref }

## The names of the six languages, for the language a State wrote its answers in.
language-ar = العربية
language-zh = الصينية
language-en = الإنكليزية
language-fr = الفرنسية
language-ru = الروسية
language-es = الإسبانية

## Dates: `date` writes one from $day, $month (the name below) and $year, or $iso (YYYY-MM-DD).
date = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيه
month-7 = يوليه
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
