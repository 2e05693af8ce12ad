# review messages (zh): see templates/i18n/en/review.ftl for the ids.
#
# Chinese message catalog (zh) of the review templates (templates/review.md.j2,
# review-overview.md.j2, review-diff.md.j2). Same ids as templates/i18n/en/review.ftl, where the
# comments say where each message appears and what each variable is; only the text is
# translated. Terms of the UNTOC review mechanism: “书面反馈” (written feedback), “意见清单”,
# “摘要”, “审议国”, “被审议国”, “专题组” (cluster), “草案” (draft), “秘书处”. Full-width
# punctuation; Chinese has one plural form, so counts need no select. A colon after a bold label
# stands outside the `**`, so that the bold closes before a name in Latin letters. Each value is
# one line: a line break inside Chinese text would show as a space.

## review.md.j2: the report of one country review.

review-title = { $state }：《{ $instrument }》执行情况审议
review-intro = 国别审议报告：审议国的书面反馈及{ $state }的答复、意见清单及其摘要。

review-state-under-review = **被审议国**：{ $state }
review-reviewing-states = **审议国**：
review-reviewing-states-none = 尚未列出
review-reviewer = { $state }，审议国{ $reviewer }
review-reviewer-experts = { $state }，审议国{ $reviewer }；政府专家：{ $experts }
review-list-separator = {"、"}
review-questionnaire = **调查表**：“{ $title }”（{ $id }，版本{ $version }）
review-cluster-of-questionnaire = **审议专题组**：{ $cluster }. { $title }
review-answers-submitted-on = **所审议的答复**：{ $file }，于{ $date }提交；摘要值{ $digest }
review-answers-submitted = **所审议的答复**：{ $file }，已提交；摘要值{ $digest }
review-answers-draft = **所审议的答复**：{ $file }，草稿；摘要值{ $digest }
review-answers = **所审议的答复**：{ $file }；摘要值{ $digest }
review-cycle = **审议周期**：{ $cycle }
review-status-is-final = **状态**：定稿：意见清单及其摘要已获商定
review-status-is-draft = **状态**：草案：审议正在进行，案文仍可能更改
review-open = **未决事项**：条目草案{ $drafts }个，未获答复的问题{ $unanswered }个，有异议的意见{ $disputed }条
review-caveat = 说明：本审议中有{ $drafts }个条目由 saq 根据{ $state }的答复起草，在下文中标为“草案”。草案复述或引用答复；在某一审议国予以采纳之前，草案并非审议国的措辞。
review-disclaimer = 本报告记录同行审议的对话和意见，其依据是{ $state }的自评和对话。本报告既不对各国进行排名，也不构成遵约认定。

review-written-feedback = 书面反馈
review-feedback-from = 来自{ $name }（审议国{ $reviewer }）
review-reported-status-sentence = 所报告的状况：{ $status }。
review-reported-status = 所报告的状况：{ $status }
review-question = **问题**：{ $question }
review-question-sent = **问题**（{ $date }发出）：{ $question }
review-question-draft = **问题草案，尚非{ $reviewer }的措辞**：{ $question }
review-question-draft-sent = **问题草案，尚非{ $reviewer }的措辞**（{ $date }发出）：{ $question }
review-reply = **{ $state }的答复**：{ $reply }
review-reply-dated = **{ $state }的答复**（{ $date }）：{ $reply }
review-no-reply = 尚无答复。
review-no-questions = { $reviewer }尚未提出问题。
review-no-reviewers = 尚未列出任何审议国。

review-list-of-observations = 意见清单
review-clusters-not-verified = 意见按该文书的审议专题组分组；各条在专题组之间的归属未经核实。
review-cluster = 专题组{ $cluster }：{ $title }
review-no-cluster = 不属于任何专题组的条款
review-article = 第{ $article }条
review-article-of = 《{ $instrument }》第{ $article }条
review-good-practices = 成功经验和良好做法：
review-challenges = 挑战和问题：
review-suggestions = 建议：
review-assistance-needs = 技术援助需求：
review-observation-draft = **草案，尚非审议国的措辞：**
review-observation-agreed = *{ $by }；{ $state }表示同意。*
review-observation-disputed = *{ $by }；* **{ $state }有异议。**
review-observation-pending = *{ $by }；尚待{ $state }表示同意。*
review-observation-drafted = 由 saq 根据答复起草
review-observation-no-proposer = 未记录提议方
review-proposed-by-reviewer-named = 由{ $name }（审议国{ $reviewer }）提议
review-proposed-by-reviewer = 由审议国{ $reviewer }提议
review-proposed-by-state = 由被审议国提议
review-proposed-by-secretariat = 由秘书处提议
review-no-observations = 尚无意见。

review-summary = 摘要
review-summary-not-agreed = 审议尚处于草案阶段：本摘要尚未获得商定。
review-summary-not-drafted = 尚未起草。

## Shared by review-overview.md.j2 and review-diff.md.j2: the status of a review.
review-status-draft = 草案
review-status-final = 定稿

## review-overview.md.j2: the secretariat's overview of many country reviews.

review-overview-title = 国别审议：供秘书处参阅的概览
review-overview-reviews = 此处报告{ $reviews }项审议：草案{ $draft }项，定稿{ $final }项。
review-overview-failures = { $failures }个审议文件存在问题，未生成报告（列于末尾）。
review-overview-open = 所有审议合计：{ $drafts }个条目草案尚未经审议国采纳，{ $unanswered }个问题尚未获得答复，被审议国对{ $disputed }条意见有异议。
review-overview-disclaimer = 供秘书处参阅。本概览统计的是条款，而不是国家：即有多少项审议在每一条款上指出了挑战，以及这些审议指出的技术援助需求，按类型和条分列，依条约顺序排列。本概览不对各国进行排名，仅在下文的审议清单中列出国名。saq 根据答复起草的草案并非审议国的措辞：这些草案单独计算。

review-overview-reviews-heading = 审议
review-overview-alphabetical = 各国按字母顺序排列。
review-overview-column-state = 被审议国
review-overview-column-questionnaire = 调查表
review-overview-column-cycle = 周期
review-overview-column-status = 状态
review-overview-column-drafts = 条目草案
review-overview-column-unanswered = 未获答复的问题
review-overview-column-disputed = 有异议的意见

review-overview-instrument-cluster = 《{ $instrument }》，专题组{ $cluster }
review-overview-questionnaire = 调查表“{ $title }”，版本{ $version }：{ $reviews }项审议。
review-overview-challenges = 各条款的挑战
review-overview-column-provision = 条款
review-overview-column-challenge = 指出挑战的审议
review-overview-column-challenge-disputed = 其中有异议的
review-overview-column-draft-only = 仅有草案的审议
review-overview-no-challenges = 尚无审议指出挑战。
review-overview-assistance = 技术援助需求
review-overview-column-kind = 类型
review-overview-column-article = 条
review-overview-column-provisions = 条款
review-overview-column-assistance = 指出该需求的审议
review-overview-article = 第{ $article }条
review-overview-no-assistance = 尚无审议指出技术援助需求。

review-overview-failures-heading = 未生成报告的审议文件
review-overview-failures-intro = 这些文件存在问题；请予以修正，然后重新生成报告。

## review-diff.md.j2: what changed between two versions of one country review.

review-diff-title = { $state }：审议情况的变化
review-diff-versions = 从{ $old }（{ $old_status }）到{ $new }（{ $new_status }）。
review-diff-answers-changed = **两个版本审议的答复不同**：所审议答复的摘要值已改变。根据先前答复起草的条目可能不再与之相符。
review-diff-no-changes = 问题、意见和摘要均无变化。
review-diff-written-feedback = { review-written-feedback }
review-diff-list-of-observations = { review-list-of-observations }
review-diff-summary = { review-summary }
review-diff-added = 新增
review-diff-withdrawn = 撤回
review-diff-accepted = 草案按原稿采纳
review-diff-accepted-rewritten = 草案经改写后采纳
review-diff-rewritten = 改写
review-diff-replied = 被审议国答复
review-diff-reply-changed = 答复已更改
review-diff-agreed = 被审议国同意
review-diff-disputed = 被审议国有异议
review-diff-good-practice = 良好做法
review-diff-challenge = 挑战
review-diff-suggestion = 建议
review-diff-assistance-need = 技术援助需求
review-diff-before = 修改前：{ $text }
review-diff-after = 修改后：{ $text }
