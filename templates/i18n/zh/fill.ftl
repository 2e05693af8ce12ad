# Chinese message catalog (zh) of the words of `saq fill`, the interview in the terminal. Same ids
# as templates/i18n/en/fill.ftl; only the text is translated. Plain text, full-width punctuation.
# The commands (/back, /skip, /na…), the word `none`, the pattern YYYY-MM-DD and the names
# VISUAL, EDITOR and Enter are typed or pressed as they are and stay untranslated, with a space
# on each side. Chinese has one plural form: the selectors keep only `*[other]`.

## /help: the commands, one line each.
fill-help-title = 命令（回答任何问题时均可使用）：
fill-help-reason = 原因
fill-help-back = 返回上一个问题
fill-help-skip = 保留此问题现状，转到下一个问题（按 Enter 键效果相同）
fill-help-na = 此问题不适用于贵国，并说明原因
fill-help-unknown = 答案不详，并说明原因
fill-help-quit = 在此停止：此前的所有答复均已保存
fill-help-lines = （文本）输入多行，最后输入只含一个句点的一行
fill-help-edit = （文本）在您的编辑器（$VISUAL 或 $EDITOR）中撰写答复
fill-help-help = 本列表
fill-help-slash = 以 / 开头的答复须输入两个斜杠：//。
fill-help-stop = 按 Ctrl-C 立即停止；此前的所有答复均已保存。

## Commands typed.
fill-not-a-command = `{ $command }` 不是命令；/help 列出所有命令
fill-why-not-applicable = 为何不适用？
fill-why-unknown = 答案为何不详？
fill-reason-needed = 须提供原因；返回该问题。
fill-type-lines = 请逐行输入；最后输入只含一个句点（.）的一行。
fill-not-text = 此命令仅适用于以文本作答的问题。
fill-no-editor = 未设置编辑器：请设置 VISUAL 或 EDITOR（例如设为 nano 或 notepad），或使用 /lines。
fill-editor-failed = 编辑器出错：{ $error }

## A question.
fill-where = [{ $section } · { $applicable }个适用问题中已回答{ $answered }个]
fill-question = { $text }（{ $id }）
fill-question-required = { $text }（{ $id }，必答）
fill-provision = 规定{ $id }：“{ $text }”
fill-on-file = 已存答复：{ $answer }

## The prompts.
fill-enter-keeps = 按 Enter 键保留已存答复
fill-enter-skips = 按 Enter 键跳过
fill-ask-choice = 选项编号（{ $enter }）：
fill-ask-choices = 选项编号，以半角逗号（,）分隔，或 `none`（{ $enter }）：
fill-ask-text = 单行文本；/lines 输入多行，/edit 使用编辑器（{ $enter }）：
fill-ask-number = 数值（{ $enter }）：
fill-ask-date = 日期，格式为 YYYY-MM-DD（{ $enter }）：

## Lists.
fill-ask-measure = 第{ $number }项措施：名称（清单已完整时按 Enter 键）：
fill-ask-article = 条款或章节（没有则按 Enter 键）：
fill-ask-link = 链接（没有则按 Enter 键）：
fill-row = 第{ $number }行（表格已完整时，在第一列按 Enter 键）：
fill-column = { $label }（{ $kind }）：
fill-column-required = { $label }（{ $kind }，必填）：
fill-column-text = 文本
fill-column-number = 数值
fill-column-date = YYYY-MM-DD
fill-column-is-required = 此列为必填项。

## What was typed is not a value of the kind asked for.
fill-not-a-choice = 请输入 1 至 { $last } 之间的编号，或输入 /help。
fill-not-choices = 请输入 1 至 { $last } 之间的编号，例如 `1, 3`，或输入 /help。
fill-not-a-number = 请只填写数字，小数点用“.”，例如 42 或 3.5。
fill-not-a-date = 请按 YYYY-MM-DD 格式填写日期，例如 2026-03-31。

## An answer on file.
fill-answer-none = 无
fill-answer-measures = { $count ->
   *[other] 引用了{ $count }项措施
}
fill-answer-rows = { $count ->
   *[other] { $count }行
}
fill-answer-not-applicable = 不适用：{ $reason }
fill-answer-unknown = 答案不详：{ $reason }
fill-list-separator = {"、"}

## Notices during the interview.
fill-resuming = 从第一个未回答的问题 { $id } 继续（{ $applicable }个适用问题中已回答{ $answered }个）。
fill-section-progress = 本节{ $applicable }个适用问题中已回答{ $answered }个。/help 列出所有命令。
fill-section-skipped = 跳过“{ $section }”：{ $reason }
fill-question-skipped = 跳过问题 { $id }（“{ $text }”）：{ $reason }
fill-not-saved = 未保存：{ $problem }
fill-kept-aside = 已搁置但未删除：对 { $questions } 的答复已不再适用。这些答复保留在 `inactive:` 下，如果相关问题再次适用，答复将恢复。
fill-restored = 已恢复您先前对 { $questions } 的答复。
fill-at-first = 这是第一个问题。
fill-finished-all = 调查表结束：所有适用问题均已回答。
fill-finished = 调查表结束。{ $count ->
   *[other] 有{ $count }个适用问题尚未回答
}，其中没有必答问题。
fill-finished-required = 调查表结束。{ $count ->
   *[other] 有{ $count }个适用问题尚未回答
}，其中{ $required }个为必答问题：{ $questions }。

## After the interview.
fill-saved = 已保存 { $file }：{ $applicable }个适用问题中已回答{ $answered }个，{ $required }个必答问题中已回答{ $required_answered }个。
fill-next-submit = 下一步：`{ $submit }` 提交答复。
fill-next-fill = 下一步：`{ $fill }` 从第一个未回答的问题继续；`{ $status }` 显示尚待完成的事项。
