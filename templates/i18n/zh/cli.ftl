# Chinese message catalog (zh) of the words `saq status`, `saq init` and `saq submit` print for a
# focal point, and of the line that ends `saq review report -o DIR`. Same ids as
# templates/i18n/en/cli.ftl, where the comments say what each variable is; only the text is
# translated. Plain text for a terminal: the commands between backquotes are typed as they are,
# never translated. Full-width punctuation; Chinese has one plural form, so counts need no
# select. A problem in a file is counted with 处, so that it is not read as a question (个问题).

## saq status: a file it could not check.
cli-status-not-in-library = { $file }：未核查，因为其问卷不在问卷库中（见上文所述问题）
cli-status-questionnaire-problems = { $file }：未核查，因为其问卷存在问题（见上文）
cli-status-unreadable = { $file }：无法读取（见上文所述问题）

## saq status: a file's first line, then a table of its sections.
cli-status-heading = { $file }：{ $state }的答复（{ $status }）
cli-status-column-section = 节
cli-status-column-answered = 已回答
cli-status-column-applicable = 适用
cli-status-column-required = 必答
cli-status-column-missing = 未回答
cli-status-all-sections = 各节合计
cli-status-required-of = { $answered }/{ $required }
cli-status-does-not-apply = 不适用：{ $reason }
cli-status-and-more = { $list }，另有{ $count }个

## saq status: below the table.
cli-status-not-counted = 未计入{ $count }项针对不适用问题的答复：{ $list }
cli-status-not-counted-help = 每项答复均已在上文说明（`answer-not-applying`）；未删除任何内容
cli-status-submitted-on = 答复已于{ $date }提交
cli-status-submitted-undated = 答复已提交，提交日期不详
cli-status-submitted-with-problems = { $submitted }，但文件中有{ $count }处问题（见上文）
cli-status-ready = 可以提交：所有适用的必答问题均已回答（`{ $command }`）
cli-status-missing = 无法提交：{ $count }个必答问题尚未回答：{ $list }
cli-status-missing-help = `{ $command }`会从第一个未回答的问题开始，逐一提出这些问题
cli-status-problems = 无法提交：文件中有{ $count }处问题（上文已列出，并注明所在行）

## saq init: the file written, and what to do next.
cli-init-wrote = 已写入{ $file }：{ $state }对问卷 { $questionnaire } { $version } 的答复草稿，列出全部{ $count }个问题
cli-init-next = 下一步：
cli-init-next-edit = 可用任何文本编辑器填写答复，或运行`{ $fill }`逐一回答问题；
cli-init-next-check = `{ $status }`显示尚待完成的事项，`{ $submit }`提交答复

## saq submit.
cli-submit-already = { $file }已提交（{ $when }）；无需任何操作
cli-submit-already-signing = { $file }已提交（{ $when }）；现按原样签名
cli-submit-when = { $date }
cli-submit-when-unknown = 提交日期不详
cli-submit-already-help = 如需更改答复，请设置`status: draft`，修改答复后重新提交
cli-submit-done = 已提交{ $file }：{ $state }的答复，提交日期为{ $date }；{ $applicable }个适用问题中已回答{ $answered }个
cli-submit-digest = 摘要值：{ $digest }
cli-submit-validate-note = 此后对答复的任何更改，`{ $command }`都会报告
cli-submit-signed = 已用密钥{ $key }签署{ $file }：{ $signature }
cli-submit-signed-note = 请将{ $signature }与答复一并发送；`{ $command }`可核查签名
cli-submit-backed-up = 已按 saq 的格式重写{ $file }；您自己添加的{ $count }行注释已保存在{ $backup }中

## saq review report -o DIR: what was written.
cli-review-report-wrote = 已将{ $count }份国别审议报告及供秘书处参阅的概览写入{ $folder }
