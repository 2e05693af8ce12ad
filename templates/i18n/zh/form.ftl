# Chinese message catalog (zh) of the words of `saq serve`'s pages (templates/form/). Same ids as
# templates/i18n/en/form.ftl; only the text is translated. Full-width punctuation; Chinese has
# one plural form, so `form-submit-refused` keeps only `*[other]`.

## Every page (layout.html.j2).
form-skip = 跳至正文
form-sections = 各节
form-answers-of = <strong>{ $state }</strong>的答复
form-status-on = { $status }（{ $date }）
form-saved-in = 保存在<code>{ $file }</code>
form-overall = { $applicable }个问题中已回答{ $answered }个；{ $required }个必答问题中已回答{ $required_answered }个。
form-section-does-not-apply = 不适用
form-section-waits = 取决于先前的答复
form-section-count = { $answered }/{ $applicable }
form-section-missing = { $answered }/{ $applicable }，尚有{ $missing }个必答问题
form-start = 首页
form-go-start = 转到首页
form-report-so-far = 根据目前答复生成的报告
form-submit = 提交

## The start page (start.html.j2).
form-start-title = 首页
form-start-lead = <strong>{ $state }</strong>的答复，逐节填写。
form-start-fact-saved = 每当您点击<strong>保存</strong>，答复即保存在本计算机上的文件<code>{ $file }</code>中，不会发送到其他任何地方。
form-start-fact-resume = 您可随时中断，稍后继续：答复均保存在文件中。如需发送答复，请通过电子邮件发送该文件。
form-start-fact-treaty = 每个问题均在<em>条约案文</em>下列出其所涉及的条约条文。如果某个问题不适用于贵国，或答案不详，请在<em>无法回答此问题？</em>下说明情况及原因。
form-start-fact-follow-ups = 先前的答复需要时，会出现后续问题。对于不再适用的问题，其答复会保留在文件中并暂时搁置；如果该问题再次适用，答复将恢复。
form-start-submitted = 这些答复已提交。各页面仍显示这些答复，但已无法在此更改。
form-start-submitted-on = 这些答复已于{ $date }提交。各页面仍显示这些答复，但已无法在此更改。
form-start-complete = 所有必答问题均已回答。请查看{ $report }，然后{ $submit }。
form-start-complete-report = 答复报告
form-start-complete-submit = 提交答复
form-start-sections = 各节
form-start-table-caption = 各节已回答的问题
form-start-col-section = 节
form-start-col-answered = 已回答
form-start-col-missing = 尚未回答的必答问题
form-start-does-not-apply = 不适用
form-start-waits = 取决于先前的答复
form-start-count = { $answered }/{ $applicable }
form-start-begin = 从“{ $section }”开始

## A section (section.html.j2, macros.html.j2).
form-error-prefix = 错误：
form-problem = 存在问题
form-problem-nothing-saved = 本页内容均未保存。请更正下列问题，然后再次保存。
form-conflict-title = 文件已被其他程序更改
form-conflict-text = 本页面生成后，有人（在文本编辑器或另一个 saq 中）保存了<code>{ $file }</code>。您在本页的答复<strong>未保存</strong>，保留的是对方的答复。
form-conflict-choice = 下方表格仍显示您输入的内容。{ $reload }，或再次点击“保存”，用您输入的内容覆盖对方在本节中的答复（对方的其他更改保持不变）。
form-conflict-choice-reload = 按文件当前内容重新加载本节
form-saved = 已保存。
form-kept-aside = 以下问题已不再适用；其答复保留在文件中并暂时搁置，如果这些问题再次适用，答复将恢复：
form-restored = 以下问题再次适用；其先前的答复已恢复：
form-unchanged = 没有任何更改：文件保持原样。
form-not-obligations = 这些问题不涉及条约规定的义务。
form-section-skipped = 本节不适用于贵国：{ $reason }。
form-read-only = 这些答复已提交，因此仅供查看，无法更改。
form-save = 保存
form-save-next = 保存并转到下一节
form-pager = 上一节和下一节
form-required = （必答）
form-source = 来源：{ $source }
form-aside-note = 该问题不再适用时，此答复曾被搁置；答复一直保留，现在该问题再次适用，答复重新计入。
form-treaty-text = 条约案文
form-treaty-text-of = 条约案文：{ $provisions }
form-provision = { $article } — 规定{ $provision }，{ $force }
form-qualified-by = 限定条件：{ $qualifier }
form-applies-where = 适用条件：{ $condition }
form-your-answer = 您的答复
form-number = 数值
form-date = 日期
form-measure = 第{ $n }项措施
form-row = 第{ $n }行
form-add-measure = 保存并添加另一项措施
form-add-row = 保存并添加另一行
form-cannot-answer = 无法回答此问题？
form-cannot-answer-legend = 如果无法回答此问题
form-answer-above = 我已在上方作答
form-not-applicable-because = 此问题不适用于我国，因为……
form-unknown-because = 答案不详，因为……
form-why = 原因
form-column-title = 法律或措施名称
form-column-article = 条款或章节
form-column-url = 文本链接

## The report page (report.html.j2).
form-report-title = 目前的报告
form-report-note = 这是根据目前已保存的答复生成的报告，与秘书处今天使用<code>saq report</code>生成的报告相同。报告会随您的作答而变化。

## Submitting (submit.html.j2).
form-submit-title = 提交答复
form-submit-refused = 答复未提交：{ $count ->
   *[other] 还有{ $count }个必答问题尚未回答。
}
form-submit-see-missing = 查看尚待回答的问题
form-submitted = { $state }的答复已提交。
form-submitted-on = { $state }的答复已于{ $date }提交。
form-submitted-file = 文件<code>{ $file }</code>现标记为<code>status: submitted</code>，并附有其答复的摘要值：此后对答复的任何更改都会在核查时显现。请按商定方式将文件发送给秘书处。
form-submitted-digest = 其摘要值：<code>{ $digest }</code>。
form-submitted-sign = 如还需签名，请在本计算机上运行<code>{ $command }</code>。
form-submit-counts = { $applicable }个适用问题中已回答{ $answered }个，{ $required }个必答问题中已回答{ $required_answered }个。
form-still-to-answer = 尚待回答
form-still-to-answer-text = 以下必答问题须先作答，才能提交答复（答复也可以说明该问题不适用或答案不详，并说明原因）：
form-ready = 所有必答问题均已回答。提交后，文件将标记为已提交，注明今天的日期，并附上答复的摘要值，以便显现此后的任何更改。此后将无法在本表格中更改答复。
form-submit-button = 提交答复

## A page that says what went wrong (problem.html.j2): a title, then what to do. The system's
## own reason, when there is one, is shown below it as it is.
form-problem-unreadable = 无法读取答复文件
form-problem-unreadable-text = saq 无法读取该文件，原因见下文。未保存任何内容。
form-problem-invalid = 答复文件存在问题
form-problem-invalid-text = 该文件在本表格之外被更改，已无法通过检查。请在文本编辑器中更正下列问题（saq validate 也会列出这些问题），然后重新加载本页面。未保存任何内容。
form-problem-expired = 本表格已过期
form-problem-expired-text = 本表格由先前运行的 saq serve 生成。请返回，重新加载页面，然后再次输入答复。未保存任何内容。
form-problem-no-section = 没有此节
form-problem-no-section-text = 问卷中没有该名称的节。请从列表中选择一节。
form-problem-submitted = 这些答复已提交
form-problem-submitted-text = 已提交的答复不作更改。如需更改，请在文件中设置 status: draft，然后重新提交。
form-problem-write = 无法写入答复
form-problem-write-text = 原因见下文。文件仍保持本页面发送前的状态。
form-problem-save = 无法保存答复
form-problem-save-text = 原因见下文。文件仍保持本页面发送前的状态。
form-problem-report = 无法生成报告
form-problem-report-text = 原因见下文。答复不受影响。
form-problem-changed-before-submit = 答复文件已被其他程序更改
form-problem-changed-before-submit-text = 本页面生成后，该文件发生了更改，因此答复未提交。请重新查看答复，然后在重新加载的页面上提交。
form-problem-changed-while-submitting = 答复文件已被其他程序更改
form-problem-changed-while-submitting-text = 该文件在提交过程中发生了更改，因此答复未提交。请重新查看答复，然后在重新加载的页面上提交。
form-problem-submit = 无法提交答复
form-problem-submit-text = 原因见下文。文件保持原样。
form-problem-no-page = 没有此页面
form-problem-no-page-text = 本表格在该地址没有页面。请返回首页。

## A value refused at its field (the error beside it and in the summary). $value is what was
## typed; $row a row's number; $column a table column's label.
form-error-reason-unknown = 请说明答案为何不详：须提供原因
form-error-reason-not-applicable = 请说明此问题为何不适用：须提供原因
form-error-reason-help = 例如：“本国没有获得许可的制造商”
form-error-number = “{ $value }”不是数值
form-error-number-help = 请只填写数字，例如 42 或 3.5
form-error-date = “{ $value }”不是日期
form-error-date-help = 请按 YYYY-MM-DD 格式填写日期，例如 2026-03-31
form-error-url = 第{ $row }项措施：“{ $value }”不是网址；请填写以 https:// 开头的完整网址，或不填写链接
form-error-title = 第{ $row }项措施：请填写其名称，例如“{ $example }”
form-error-measure = 第{ $row }项措施：{ $problem }
form-error-cell-number = 第{ $row }行，{ $column }：“{ $value }”不是数值（例如 42）
form-error-cell-date = 第{ $row }行，{ $column }：“{ $value }”不是 YYYY-MM-DD 格式的日期
form-error-cell-choice = 第{ $row }行，{ $column }：“{ $value }”不在所列选项之中
form-error-cell-text = 第{ $row }行，{ $column }：“{ $value }”不是文本
