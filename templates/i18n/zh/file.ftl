# Chinese message catalog (zh) of the comments saq writes into an answer file
# (saq init, fill, submit, serve) whose answers are in Chinese (`language: zh`).
# Same ids as templates/i18n/en/file.ftl, where the comments say what each message is and
# what each variable holds; only the text is translated. Plain text: these lines become YAML
# comments, one message a line (saq wraps them). The YAML keys (answers:, state:,
# not-applicable:, unknown:, focal_point: …) and the values typed (yes, partly, restricted,
# secretariat, public …) stay as they are; the words for the levels of obligation are those
# of labels.ftl (force-phrase-…).
# Full-width punctuation around Chinese text; an instrument's title stands in 《》. Each
# value is one line.

## The opening comment.
file-answers-of = { $state }对{ $questionnaire }（{ $id } { $version }）的答复。该调查表评估{ $instruments }的执行情况。
file-instrument-title = 《{ $instrument }》
file-assesses-also = { $list }以及《{ $instrument }》相关条款
file-how-to-answer = 请在每个问题的键之后填写答复，替换其中的空值。以 `#` 开头的行为注释，包括问题、问题说明、问题所评估的规定以及可接受的答复。任何答复均可改为 { "{" }not-applicable: "原因"{ "}" } 或 { "{" }unknown: "原因"{ "}" }。仅在某些情况下提出的问题会注明这一点；如不适用，请留空。
file-how-to-commands = saq validate 文件：检查文件；saq status 文件：显示尚待答复的内容；saq fill 文件：逐一提出问题，每次答复后即保存（该命令会按此格式重写文件：您自己添加的注释保存在备份副本中，不保留在文件中）；saq submit 文件：在所有必答问题均已答复后，将答复标记为已提交。

## The header: the focal point, the review cycle, the source and the disclosure.
file-focal-point = 核准答复的联络人：请删除下方各行的 # 号并填写。
file-optional-review-and-source = 可选：这些答复所针对的审议周期（所处阶段、所涉期间）及答复来源，例如已公布的国家报告：请删除下方各行的 # 号并填写。
file-optional-review = 可选：这些答复所针对的审议周期（所处阶段、所涉期间）：请删除下方各行的 # 号并填写。
file-optional-source = 可选：答复来源，例如已公布的国家报告（附链接）：请删除下方各行的 # 号并填写。
file-disclosure = 对各国进行比较时，哪些人可以看到列出国家名称的这些答复：restricted（计入统计，但从不列出国家名称；默认值）、secretariat（在提供给审议参与方和秘书处的限制分发视图中列出国家名称）或 public（该国同意公布其答复）。

## Sections and questions.
file-section-asked-when = 仅在满足以下条件时提出本节问题：{ $condition }。
file-asked-when = 仅在满足以下条件时提出：{ $condition }。
file-provision-quoted = 规定{ $provision }（{ $force }）：“{ $text }”
file-provision-quoted-above = 规定{ $provision }（{ $force }），原文见上文。
file-force-mandatory = 强制性
file-force-mandatory-qualified = 附有限定条件的义务
file-force-consider = 考虑义务
file-force-optional = 任择性
file-force-conditional = 有条件
file-force-interpretive = 解释性
file-source = 来源：{ $source }
file-required = 必答。{ $hint }

## What a question takes. Choice ids are typed as they are; the label beside one is translated.
file-answer-one-of = 请从以下各项中选择一项作答：{ $choices }。
file-answer-any-of = 请以列表形式作答，可包括以下任意一项或多项：{ $choices }；例如 [{ $first }]。
file-choice = { $id }（{ $label }）
file-answer-text = 请以文字作答；如需多行，请在冒号后写 |，并将各行写在其下方，向内缩进。
file-answer-number = 请填写数字。
file-answer-date = 请填写日期，格式为 YYYY-MM-DD。
file-answer-citations = 请以列表形式列出措施，每项措施注明名称，并酌情注明条款和链接：
file-example-article = 第12条
file-example-measure = 2019年第5号法
file-answer-table = 请以行列表形式作答，每行写作 `- { $example }`，包含以下各列：{ $columns }。
file-column = { $id }（{ $about }）
file-column-text = 文本
file-column-number = 数字
file-column-date = 日期
file-column-choice = 选项
file-column-required = 必填
file-column-or = { " 或 " }
file-list-separator = { "、" }
file-column-separator = { "；" }

## Answers that are not where they should be.
file-not-questions = 以下答复的标识符不对应本调查表中的任何问题：请核对这些标识符（`saq validate` 可提供更多信息）。
file-inactive = 暂时搁置的答复：由于上文某项答复有所改动，相关问题已不再适用。这些答复不予评估；当问题再次适用时，saq fill 会将每项答复移回 `answers:` 下。
