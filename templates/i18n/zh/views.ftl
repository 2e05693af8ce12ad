# views messages (zh): see templates/i18n/en/views.ftl for the ids.
#
# Chinese message catalog (zh) of the views (comparative.md.j2, comparative-named.md.j2,
# index.md.j2, diff.md.j2) and of the words of their charts. Same ids as
# templates/i18n/en/views.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. The views never rank States (“不对各国进行排名”):
# every message says so where the English does. Terms as in labels.ftl and country.ftl: “比较视图”,
# “按国家列示的比较视图” (named view), “限制分发” (restricted), “所报告的状况”, “差距”, “份答复”
# (answer set), “草稿” (draft), “联络人” (focal point), “遵约认定”. Full-width punctuation;
# Chinese has one plural form, so counts need no select (a select keeps `[0]` where the English
# has it). A colon after a bold label stands outside the `**`, and no bold closes after a
# full-width mark followed by text, so that the bold closes. Each value is one line: a line
# break inside Chinese text would show as a space.

## comparative.md.j2: the comparative view. It names no State and ranks none.

comparative-title = 比较视图：《{ $instrument }》执行情况
comparative-questionnaire = 对自评调查表“{ $title }”（版本{ $version }）的答复。
comparative-disclaimer = *本比较视图介绍各国在自评中报告的措施。本视图不列出任何国家名称，不对各国进行排名，也不构成遵约认定。统计数字针对的是条款：对每项条款，报告已执行、部分执行、未执行或不适用的国家各有多少。一国未采取某项任择性措施，不属于差距。*
comparative-drafts-note = *包括{ $count }份草稿答复：草稿并非该国联络人已核准的答复。*

comparative-covers = 本视图涵盖的范围
comparative-covers-counted = **计入的答复**：{ $counted }份{ $all_counted ->
        [yes] {""}
       *[no] （共报告{ $reported }份）
    }{ $one_per_state ->
        [yes] {""}
       *[no] ，来自{ $states }个国家（一国如有两份答复，例如分属两个审议周期，则计入两次）
    }。
comparative-covers-left-out = **未计入**：{ $count }份草稿答复。草稿仅在请求时计入（`saq report --include-drafts`）：草稿并非该国联络人已核准的答复。
comparative-covers-drafts = **草稿**：统计数字包括{ $count }份草稿答复。
comparative-covers-cycles = **审议周期**：{ $cycles }。
comparative-cycle = { $cycle }（{ $count }份答复）
comparative-cycle-period = 期间：{ $period }
comparative-cycle-not-stated = 未说明
comparative-covers-sources = **来源**：{ $with_source ->
        [0] 计入的答复均未说明答复的来源。
       *[other] 在计入的{ $counted }份答复中，有{ $with_source }份说明了答复的来源；每份答复的来源均在相应的国别报告中列明。
    }
comparative-covers-no-state-named = **不列出任何国家名称**。计入答复的披露范围：限制分发{ $restricted }份，秘书处{ $secretariat }份，公开{ $public }份。答复允许列出国家名称（秘书处或公开）的各国的条款×国家矩阵另成一个视图，仅供审议参与方和秘书处使用（`saq report --named`）。
comparative-few-answer-sets =
    > **计入的答复少于三份时，这些统计数字可能透露某一国家报告的内容**。请像对待各国自己的答复一样谨慎分享本视图。
comparative-nothing-counted = 未计入任何答复，因此无可比较。

comparative-col-provision = 条款
comparative-col-obligation = 义务
comparative-col-assessed = 已评估
comparative-col-implemented = 已执行
comparative-col-in-part = 部分执行
comparative-col-not = 未执行
comparative-col-considered = 已考虑
comparative-col-not-adopted = 任择性，未采取
comparative-col-not-applicable = 不适用
comparative-col-not-assessed = 未评估
comparative-col-article = 条

comparative-provisions = 各国对各条款的报告情况
comparative-provisions-intro = “{ comparative-col-assessed }”统计在计入的{ $counted }个国家中为该条款给出状况（包括不适用）的国家数。“{ comparative-col-implemented }”也统计已采取的任择性措施和经考虑的措施；“{ comparative-col-not }”统计未执行的义务以及应当考虑但未考虑的措施。
comparative-assessed-of = { $assessed }/{ $counted }

comparative-by-article = 按条分列
comparative-by-article-intro = 对计入的国家和每条所含条款的统计。
comparative-article = 第{ $article }条 { $title }
comparative-article-other = 《{ $instrument }》第{ $article }条 { $title }

comparative-gaps = 差距集中之处
comparative-gaps-none = 在各国已评估的条款中，计入的国家均未报告任何未执行或部分执行的义务。
comparative-gaps-intro = 各国报告未执行或部分执行的义务（对于“应当考虑”的条款，则为未考虑）：先列强制性义务，再列附有限定条件的义务、有条件的义务和“应当考虑”的义务，每一类中报告次数最多的列在最前。每项条款的差距在评估了该条款的国家中统计：未就某项条款作答的国家，在该条款上既不报告差距，也不报告执行。
comparative-col-states-with-gap = 报告存在差距的国家
comparative-col-not-implemented = 未执行或未考虑
comparative-col-partially = 部分执行
comparative-gap-states = 评估了该条款的{ $assessed }个国家中有{ $gap }个

comparative-assistance = 技术援助需求
comparative-assistance-none = 计入的国家均未在答复中请求技术援助。
comparative-assistance-intro = 在计入的{ $counted }个国家中，请求每类援助的国家数及所涉条款。
comparative-col-kind = 援助类型
comparative-col-states-requesting = 请求该类援助的国家
comparative-col-articles-states = 条（国家数）
comparative-col-states-requesting-assistance = 请求援助的国家
comparative-col-kinds-states = 类型（国家数）

## comparative-named.md.j2: the named view, restricted. States appear in alphabetical order and
## are never ranked. named-restricted has no closing “。”: it stands in bold, and a bold closing
## after “。” followed by text would not close.

named-restricted = 限制分发：仅供审议参与方和秘书处使用
named-title = 按国家列示的比较视图：《{ $instrument }》执行情况
named-notice =
    > **{ named-restricted }**。本视图列出答复允许列出名称的国家（`disclosure: secretariat`或`public`），以及每个国家就每项条款报告的状况。请勿转发。与之并列的比较视图提供相同的统计数字，但不列出任何国家名称。
named-questionnaire = 对自评调查表“{ $title }”（版本{ $version }）的答复。
named-state-draft = { $state }（{ named-draft }）
named-review-period = （期间：{ $period }）
named-drafts-note = *包括{ $count }份草稿答复，标为“（{ named-draft }）”。*
named-draft = 草稿
named-count = **列出名称的国家**：{ $count ->
        [0] { $count }个
       *[other] { $count }个，按字母顺序排列
    }。
named-not-named = **未列出名称的国家**：{ $count }个国家未列出名称，因为其答复为限制分发。
named-drafts = **草稿**：本视图包括{ $count }份草稿答复，标为“（{ named-draft }）”。
named-left-out = **未计入**：{ $count }份草稿答复（仅在使用`saq report --include-drafts`时计入）。
named-disclaimer = *各国按字母顺序排列；本视图不对各国进行排名，也不构成遵约认定。每项状况均复述该国在自评中报告的内容。*
named-pages = 分页
named-pages-intro = 列出名称的国家按字母顺序排列，每页 { $size } 个：
named-page = 第 { $first } 至 { $last } 个国家：{ $from } 至 { $to }
named-no-matrix = 计入的答复均不允许列出其国家名称，因此没有可显示的矩阵。
named-states = 列出名称的国家
named-col-state = 国家
named-col-code = 代码
named-col-review = 审议
named-col-source = 来源
named-col-status = 状态
named-col-disclosure = 披露范围
named-col-answered = 已回答
named-matrix = 条款×国家矩阵
named-matrix-legend = { verdict-short-implemented }：已执行；{ verdict-short-partially-implemented }：部分执行；{ verdict-short-not-implemented }：未执行；{ verdict-short-considered }：已考虑；{ verdict-short-not-considered }：未考虑；{ verdict-short-adopted }、{ verdict-short-partially-adopted }、{ verdict-short-not-adopted }：任择性措施或经考虑的措施已采取、部分采取、未采取（不属于差距）；{ verdict-short-not-applicable }：不适用；{ verdict-short-not-assessed }：未评估。各国按字母顺序排列。
named-group-one = 第{ $first }条
named-group-two = 第{ $first }条和第{ $last }条
named-group-range = 第{ $first }条至第{ $last }条

## index.md.j2: the index of a batch of country reports, for the secretariat. States appear in
## alphabetical order and are never ranked.

index-title = 国别报告：《{ $instrument }》
index-questionnaire = 自评调查表“{ $title }”，版本{ $version }。
index-comparative = [各国比较视图]({ $href })计入{ $count }份答复，不列出任何国家名称。
index-named = [按国家列示的比较视图]({ $href })（限制分发：仅供审议参与方和秘书处使用）列出答复允许列出名称的国家。
index-disclaimer = *供秘书处参阅：本索引按名称列出所报告的每一份答复，无论其披露范围如何。各国按字母顺序排列。各报告介绍每个国家报告的措施，既不构成排名，也不构成遵约认定。*
index-col-state = 国家
index-col-code = 代码
index-col-review = 审议
index-col-source = 来源
index-col-status = 状态
index-col-disclosure = 披露范围
index-col-answered = 已回答
index-col-comparative = 比较视图
index-review-period = （期间：{ $period }）
index-in-view-left-out = 未计入：草稿
index-in-view-named = 已计入；列出名称
index-in-view-not-named = 已计入；未列出名称（限制分发）
index-in-view-counted = 已计入
index-note-left-out = 比较视图未计入{ $count }份草稿答复（标为“{ index-in-view-left-out }”）：草稿并非该国联络人已核准的答复。使用`saq report --include-drafts`可计入草稿。
index-note-drafts-counted = 应秘书处请求（`--include-drafts`），比较视图计入了{ $count }份草稿答复。
index-note-named = 按国家列示的比较视图仅列出答复注明`disclosure: secretariat`或`public`的国家；限制分发的国家（默认设置）只计入统计，从不列出名称。
index-failures = 未生成报告的答复
index-failures-intro = 这些文件存在问题；请予以更正，然后重新运行批处理。

## diff.md.j2: what changed for one State between two answer sets. Neither a ranking nor a finding
## of compliance.

diff-title = { $state }：《{ $instrument }》执行情况的变化
diff-questionnaire = 对自评调查表“{ $title }”的两份答复的比较。
diff-warning-different-states =
    > **警告**：两份答复列出的国家不同，分别为{ $old }和{ $new }。以下变化比较的是两个国家的答复，而非一个国家的进展。
diff-warning-different-versions =
    > **警告**：两份答复针对的是调查表的不同版本，分别为{ $old }和{ $new }。以下某项变化可能源于问题的修改，而非答复的修改。
diff-col-earlier = 较早的答复
diff-col-later = 较晚的答复
diff-row-state = 国家
diff-row-questionnaire = 调查表
diff-row-status = 状态
diff-row-review = 审议周期
diff-row-period = 报告期
diff-row-source = 来源
diff-row-disclosure = 披露范围
diff-row-started = 开始日期
diff-row-updated = 最后更新
diff-row-submitted = 提交日期
diff-row-answered = 已回答的适用问题
diff-questionnaire-version = { $id }，版本{ $version }
diff-answered = { $answered }/{ $applicable }（{ $percent }%）
diff-disclaimer-one-state = *本比较介绍{ $state }在其两份自评中报告的措施。本比较既不对各国进行排名，也不构成遵约认定：所报告的状况复述该国自己的答复，目的是为审议中的对话和技术援助提供支持。已回答问题的比例衡量的是调查表的填写程度，而非执行情况。*
diff-disclaimer-two-states = *本比较介绍{ $old }和{ $new }在各自自评中报告的措施。本比较既不对各国进行排名，也不构成遵约认定：所报告的状况复述这些国家自己的答复，目的是为审议中的对话和技术援助提供支持。已回答问题的比例衡量的是调查表的填写程度，而非执行情况。*

diff-summary = 摘要
diff-no-change = 无变化：两份答复对每项条款给出的状况相同，援引的措施相同，提出的技术援助请求也相同。
diff-col-change = 变化
diff-col-count = 数目
diff-summary-improved = 所报告状况有所改善的条款
diff-summary-regressed = 所报告状况有所倒退的条款
diff-summary-changed = 所报告状况变为或不再是“不适用”或“未评估”的条款
diff-summary-unchanged = 所报告状况未变的条款
diff-summary-measures = 新援引或不再援引措施的条款
diff-summary-opened = 新提出的技术援助请求
diff-summary-closed = 已结束的技术援助请求

diff-statuses = 所报告的状况
diff-statuses-none = 没有任何条款的所报告状况发生变化。
diff-statuses-intro = 所报告状况发生变化的条款，按条约顺序排列。“改善”和“倒退”按以下等级判断：无、已考虑、部分、全部（未执行、部分执行、已执行；或未考虑、已考虑、已采取）；变为或不再是“不适用”或“未评估”的变化，既不属于改善，也不属于倒退。
diff-improved = 改善
diff-regressed = 倒退
diff-changed = 变为或不再是“不适用”或“未评估”
diff-col-provision = 条款
diff-col-obligation = 义务
diff-col-before = 之前
diff-col-after = 之后

diff-measures = 援引的措施
diff-measures-none = 两份答复援引的措施相同。
diff-measures-intro = 新援引或不再援引措施的条款，按条约顺序排列。
diff-col-newly-cited = 新援引
diff-col-no-longer-cited = 不再援引

diff-assistance = 技术援助
diff-assistance-none = 没有新提出或已结束的技术援助请求。
diff-requests-opened = 新提出的请求
diff-requests-opened-intro = 较晚的答复请求而较早的答复未请求的援助类型。
diff-requests-closed = 已结束的请求
diff-requests-closed-intro = 较早的答复曾请求而较晚的答复不再请求的援助类型。
diff-request-article = 第{ $article }条 { $title }：
diff-kind-not-specified = 未说明类型
diff-need-described = 所述需求
diff-need-described-earlier = 先前所述需求

## labels.j2: the words of the charts. The words in braces are filled in by saq: keep them as
## they are.

chart-group-implemented = 已执行或已采取
chart-group-in-part = 部分
chart-group-considered = 已考虑
chart-group-not-implemented = 未执行或未考虑
chart-group-not-adopted = 任择性，未采取
chart-group-not-applicable = 不适用
chart-group-not-assessed = 未评估
chart-per-article-title = 按条分列的所报告状况（计入的国家）
chart-per-article-bar = 第{"{"}article{"}"}条：{"{"}status{"}"}（{"{"}count{"}"}）
chart-heat-map-title = 条款×国家矩阵（限制分发）
chart-heat-map-draft = {"{"}state{"}"}（草稿）
chart-heat-map-cell = {"{"}state{"}"}：第{"{"}provision{"}"}条：{"{"}status{"}"}

## page.html.j2

page-charts = 图表
# In a style sheet: no straight double quotes.
page-restricted-marking = 限制分发：仅供审议参与方和秘书处使用
