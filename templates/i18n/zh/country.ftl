# country messages (zh): see templates/i18n/en/country.ftl for the ids.
#
# Chinese message catalog (zh) of the country report (templates/country.md.j2). Same ids as
# templates/i18n/en/country.ftl, where the comments say where each message appears and what each
# variable is; only the text is translated. A reported status (“所报告的状况”) restates the
# State's own answers: never a finding of compliance nor a ranking of States. Full-width
# punctuation; the instrument's title stands in 《》; Chinese has one plural form, so counts need
# no select. Each value is one line: a line break inside Chinese text would show as a space.

## Title and opening lines.

country-title = { $state }：《{ $instrument }》执行情况
country-intro = 根据自评调查表“{ $title }”所作的差距分析。

## The list of facts under the title.

country-label-state = 国家：
country-label-questionnaire = 调查表：
country-questionnaire-version = { $id }，版本{ $version }
country-label-review-cluster = 审议专题组：
country-cluster-scope = { $id }. { $title }：仅就该专题组的条款提问，本报告也仅涉及这些条款
country-cluster-scope-unverified = （各条在专题组之间的归属未经核实）
country-label-status = 状态：
country-status-submitted = 已提交
country-status-draft = 草稿：答复仍可能更改
country-label-started = 开始日期：
country-label-last-updated = 最后更新：
country-label-submitted = 提交日期：
country-label-review = 审议：
country-review-cycle = 第{ $cycle }周期
country-review-period = 期间：{ $period }
country-label-source = 来源：
country-label-disclosure = 披露范围：
country-disclosure = { $disclosure }：可在限制分发的按国家列示的比较视图中列出该国名称{ $level ->
        [public] ，且该国已同意公布其答复
       *[other] {""}
    }

country-disclaimer = 本报告介绍{ $state }在自评中报告的措施。本报告既不对各国进行排名，也不构成遵约认定：每一项所报告的状况均复述该国自己的答复，目的是为审议中的对话和技术援助提供支持。意见和建议由审议国拟订。

## Headings of the report's parts, also the link texts of the contents.

country-contents = 目录
country-summary = 摘要
country-gaps = 差距和可能采取的措施
country-optional = 未采取的任择性措施
country-scope = 措施的适用范围
country-assistance = 技术援助需求
country-law-practice = 法律和实践
country-unanswered = 未回答的问题
country-not-applying = 对不适用问题的答复
country-annex = 附件：所援引的措施

## The contents: the line before the links to each section of the questionnaire.

country-said-by-section = { $state }逐节所作的答复：
country-article = 第{ $article }条

## Summary: coverage and answers.

country-label-coverage = 覆盖面：
country-coverage-all = { $applicable ->
        [0] 没有适用的条款。
       *[other] 所有{ $applicable }项适用条款均有所报告的状况。
    }
country-coverage-none = { $applicable }项适用条款均尚无所报告的状况：迄今为止的答复未说明任何执行情况。
country-coverage-some = { $applicable }项适用条款中有{ $assessed }项有所报告的状况；其余{ $remaining }项尚未评估，下文内容均不涉及这些条款。
country-questions-answered = { $applicable }个适用问题中已回答{ $answered }个（{ $percent }%）。
country-required-missing = { $required }个必答问题中仍有{ $missing }个未回答。

## Summary: the table of reported statuses.

country-col-reported-status = 所报告的状况
country-col-provisions = 条款
country-row-considered = 已考虑（“应当考虑”的条款）
country-row-not-considered = 未考虑（“应当考虑”的条款）
country-row-adopted = 已采取（任择性措施或经考虑的措施）
country-row-partially-adopted = 部分采取（任择性措施或经考虑的措施）
country-row-not-adopted = 未采取（任择性措施，不属于差距）

## Summary: the tables by article and by review cluster.

country-by-article = 按条分列
country-by-article-intro = “已评估”统计适用且有所报告状况的条款。“已执行”还统计已采取的任择性措施和经考虑的措施；“未执行”统计未执行的义务以及应当考虑但未考虑的措施。未采取的任择性措施不属于差距。
country-by-cluster = 按审议专题组分列
country-col-article = 条
country-col-cluster = 专题组
country-col-assessed = 已评估
country-col-implemented = 已执行
country-col-in-part = 部分执行
country-col-not = 未执行
country-col-considered = 已考虑
country-col-optional-not-adopted = 任择性，未采取
country-col-not-applicable = 不适用
country-assessed-of = { $assessed }/{ $applicable }
country-other-article = 《{ $instrument }》第{ $article }条 { $title }
country-cluster-mapping-unverified = 各条在审议专题组之间的归属未经核实。
country-cluster-mapping-unverified-source = 各条在审议专题组之间的归属未经核实：{ $source }。

## Summary: the provision matrix.

country-matrix = 条款矩阵
country-matrix-intro = 每项有所报告状况的条款占一行，按条约顺序排列。“措施”统计所援引的措施数（书面法律）；“实例”说明是否提供了执行实例（实践）。
country-col-provision = 条款
country-col-obligation = 义务
country-col-measures = 措施
country-col-examples = 实例
country-col-flags = 标记
country-status-reason = { $status }：{ $reason }
country-examples-yes = 是
country-examples-no = 否
country-flag-scope-finding = 适用范围结论
country-other-instrument = 《{ $instrument }》的条款
country-other-instrument-intro = 调查表还评估《{ $instrument }》的以下条款。
country-label-not-assessed-count = 尚未评估的条款（{ $count }项）：

## Gaps and possible measures.

country-gaps-none-assessed = 尚未评估任何条款，因此无法从答复中看出任何差距。
country-gaps-none-some-assessed = 已评估的条款（{ $applicable }项适用条款中的{ $assessed }项）中没有差距。其余{ $remaining }项尚未评估；此处所述不涉及这些条款。
country-gaps-none = { $state }未报告任何未执行或部分执行的义务。
country-gaps-intro = 报告未执行或部分执行的义务，以及该国本应考虑但报告未考虑的条款：先列强制性义务，再列附有限定条件的义务、有条件的条款和考虑义务。可能采取的措施是供审议对话参考的材料，而非结论。
country-gaps-not-assessed = { $applicable }项适用条款中有{ $remaining }项尚未评估。
country-provision-heading = { $provision }：{ $status }（{ $force }）
country-element = *具有独立效力的要素：*“{ $text }”：{ $force }
country-evidence-informs = 该答复涉及条款中效力较弱的部分；此处列出该答复，但其不改变所报告的状况。
country-evidence-lowers = 该答复最多可将所报告的状况降至“{ $status }”，且不能单独决定该状况。
country-label-steps = 计划采取的步骤：
country-label-possible-measures = 可能采取的措施（供对话参考）：
country-gap-said = { $state }就第{ $article }条所作的全部答复：{ $link }。

## Optional measures not adopted.

country-optional-intro = 《{ $instrument }》留由各国自行决定的条款（“可”、“鼓励”，或应当考虑建立的制度中举例列出的措施），{ $state }报告未采取或仅部分采取。这些条款不属于差距。
country-optional-heading = { $provision }：{ $status }

## Scope of the measures.

country-scope-none = 关于定义或适用范围的答复均未表明对《{ $instrument }》的用语作了限缩。
country-scope-intro = 关于定义和适用范围的答复对所报告措施的覆盖面有何影响：如果国内定义或罪行比条约的规定窄，则根据所列条款报告的措施可能无法涵盖条约所涉的全部内容。
country-label-bears-on = 涉及：

## Technical assistance needs.

country-assistance-none = { $state }在答复中未请求任何技术援助。
country-col-assistance-kind = 援助类型
country-col-requested-for = 请求援助所涉条款
country-article-heading = 第{ $article }条 { $title }
country-label-kinds = 类型：
country-kinds-not-specified = 未具体说明
country-label-details = 详情：
country-label-already-received = 已获得：
country-assistance-received = 未请求援助但已获得的援助
country-col-assistance-received = 已获得的援助

## Law and practice.

country-law-practice-none = 在调查表要求提供的情况下，报告已执行的每项条款均有所援引的措施和执行实例作为支持。
country-law-practice-intro = 报告已全部或部分执行、但在调查表要求提供的情况下答复未援引任何措施（书面法律）或未提供任何执行实例（实践）的条款。

## What the State said, section by section.

country-section-not-obligation = 这些问题不涉及《{ $instrument }》规定的义务：答复供审议参考。
country-section-does-not-apply = 不适用：{ $reason }
country-label-qualifier = 限定条件：
country-label-applies = 适用条件：
country-label-not-applicable = 不适用：
country-label-unknown = 不详：
country-label-scope = 适用范围：
country-label-flag = 标记：
country-label-not-assessed = 尚未评估：
country-whole-article = 关于整条
country-no-answer = 尚无答复。

## Unanswered questions.

country-unanswered-none = 所有适用问题均已回答。
country-unanswered-count = 有{ $count }个适用问题尚未回答。
country-unanswered-count-required = 有{ $count }个适用问题尚未回答，其中{ $required }个为提交所必答。
country-required = 必答

## Answers to questions that do not apply.

country-not-applying-intro = 这些答复所针对的问题根据其他答复并不适用，因此不计入上文的任何状况。此处予以保留，以免遗漏该国所写的任何内容。
country-not-counted = 未计入：{ $reason }。

## Annex: measures cited.

country-annex-none = 未援引任何措施。
country-col-measure = 措施
country-col-article-or-section = 条款或章节
country-col-cited-for = 援引所涉条款

## The language the State wrote its answers in (header list).
country-label-answers-language = 答复语言：
country-answers-as-written = { $language }：答复按原文照录
