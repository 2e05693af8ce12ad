# Chinese message catalog (zh) of the words the reports share: the label of each reported status,
# force, flag, status of an answer set and disclosure, and the page titles. Same ids as
# templates/i18n/en/labels.ftl; only the text is translated.

## A reported status restates the State's answers in the words of the provision's force.
verdict-implemented = 已执行
verdict-partially-implemented = 部分执行
verdict-not-implemented = 未执行
verdict-considered = 已考虑
verdict-not-considered = 未考虑
verdict-adopted = 已采取
verdict-partially-adopted = 部分采取
verdict-not-adopted = 未采取
verdict-not-applicable = 不适用
verdict-not-assessed = 未评估

verdict-short-implemented = 是
verdict-short-partially-implemented = 部分
verdict-short-not-implemented = 否
verdict-short-considered = 已考虑
verdict-short-not-considered = 未考虑
verdict-short-adopted = 已采取
verdict-short-partially-adopted = 部分采取
verdict-short-not-adopted = 未采取
verdict-short-not-applicable = 不适用
verdict-short-not-assessed = –

force-mandatory = 强制性
force-mandatory-qualified = 强制性（附有限定条件）
force-consider = 应当考虑
force-optional = 任择性
force-conditional = 有条件
force-interpretive = 解释性

force-phrase-mandatory = 强制性
force-phrase-mandatory-qualified = 附有限定条件的义务
force-phrase-consider = 考虑义务
force-phrase-optional = 任择性
force-phrase-conditional = 有条件
force-phrase-interpretive = 解释性

flag-unsupported = 未援引任何措施
flag-no-evidence-of-implementation = 未提供执行实例

status-draft = 草稿
status-submitted = 已提交

disclosure-restricted = 限制分发
disclosure-secretariat = 秘书处
disclosure-public = 公开

## The title of each HTML page.
page-title-country = { $state }：《{ $instrument }》执行情况
page-title-comparative = 比较视图：《{ $instrument }》执行情况
page-title-named = 限制分发 · 按国家列示的比较视图：《{ $instrument }》执行情况
page-title-index = 国别报告：《{ $instrument }》
page-title-diff = { $state }：《{ $instrument }》执行情况的变化
page-title-review = { $state }：《{ $instrument }》执行情况审议
page-title-review-overview = 国别审议：供秘书处参阅的概览
page-title-review-diff = { $state }：审议情况的变化

## A provision's reference: "第 8(1)(b)", and after another treaty's title.
provision-article = 第{ $ref }条
provision-article-after-title = 第{ $ref }条

## The names of the six languages, for the language a State wrote its answers in.
language-ar = 阿拉伯文
language-zh = 中文
language-en = 英文
language-fr = 法文
language-ru = 俄文
language-es = 西班牙文

## Dates: `date` writes one from $day, $month (the name below) and $year, or $iso (YYYY-MM-DD).
date = { $year }年{ $month }月{ $day }日
month-1 = 1
month-2 = 2
month-3 = 3
month-4 = 4
month-5 = 5
month-6 = 6
month-7 = 7
month-8 = 8
month-9 = 9
month-10 = 10
month-11 = 11
month-12 = 12
