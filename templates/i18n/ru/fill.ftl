# Russian message catalog (ru) of the words of `saq fill`, the interview in the terminal. Same ids
# as templates/i18n/en/fill.ftl; only the text is translated. Plain text. The user is addressed
# as "Вы". The commands (/back, /skip, /na…), the word `none`, the pattern YYYY-MM-DD and the
# names VISUAL, EDITOR and Enter are typed or pressed as they are and stay untranslated. Counts
# agree with their nouns by the plural forms one, few, many, other; where the number is not
# shown (the questions listed in $questions), [1] tells one question from several.

## /help: the commands, one line each.
fill-help-title = Команды, доступные при любом вопросе:
fill-help-reason = ПРИЧИНА
fill-help-back = вернуться к предыдущему вопросу
fill-help-skip = оставить этот вопрос без изменений и перейти к следующему (то же делает клавиша Enter)
fill-help-na = вопрос неприменим к Вашей стране, с указанием причины
fill-help-unknown = ответ неизвестен, с указанием причины
fill-help-quit = остановиться: все данные ранее ответы уже сохранены
fill-help-lines = (текст) ввести несколько строк, а затем строку, состоящую только из точки
fill-help-edit = (текст) написать ответ в Вашем редакторе ($VISUAL или $EDITOR)
fill-help-help = этот список
fill-help-slash = Ответ, начинающийся с /, вводится с двумя косыми чертами: //.
fill-help-stop = Ctrl-C немедленно прерывает работу; все данные ранее ответы уже сохранены.

## Commands typed.
fill-not-a-command = `{ $command }` не является командой; список команд выводит /help
fill-why-not-applicable = Почему вопрос неприменим?
fill-why-unknown = Почему ответ неизвестен?
fill-reason-needed = Необходимо указать причину; возврат к вопросу.
fill-type-lines = Введите строки; в конце введите строку, состоящую только из точки (.).
fill-not-text = Эта команда используется только в вопросах с текстовым ответом.
fill-no-editor = Редактор не задан: задайте VISUAL или EDITOR (например, nano или notepad) либо используйте /lines.
fill-editor-failed = Ошибка редактора: { $error }

## A question.
fill-where = [{ $section } · дан ответ на { $answered } из { $applicable ->
    [one] { $applicable } применимого
   *[other] { $applicable } применимых
}]
fill-question = { $text }  ({ $id })
fill-question-required = { $text }  ({ $id }, обязательный)
fill-provision = Положение { $id }: «{ $text }»
fill-on-file = Сохраненный ответ: { $answer }

## The prompts.
fill-enter-keeps = Enter — оставить сохраненный ответ
fill-enter-skips = Enter — пропустить
fill-ask-choice = Номер варианта ({ $enter }):
fill-ask-choices = Номера вариантов через запятую или `none` ({ $enter }):
fill-ask-text = Текст в одну строку; /lines — несколько строк; /edit — Ваш редактор ({ $enter }):
fill-ask-number = Число ({ $enter }):
fill-ask-date = Дата в формате YYYY-MM-DD ({ $enter }):

## Lists.
fill-ask-measure = Мера { $number }: название (Enter, если список завершен):
fill-ask-article = статья или раздел (Enter, если нет):
fill-ask-link = ссылка (Enter, если нет):
fill-row = Строка { $number } (Enter в первом столбце, если таблица завершена):
fill-column = { $label } ({ $kind }):
fill-column-required = { $label } ({ $kind }, обязательно):
fill-column-text = текст
fill-column-number = число
fill-column-date = YYYY-MM-DD
fill-column-is-required = Этот столбец обязателен для заполнения.

## What was typed is not a value of the kind asked for.
fill-not-a-choice = Введите номер от 1 до { $last } или /help.
fill-not-choices = Введите номера от 1 до { $last }, например `1, 3`, или /help.
fill-not-a-number = Используйте только цифры и точку в качестве десятичного разделителя, например 42 или 3.5.
fill-not-a-date = Введите дату в формате YYYY-MM-DD, например 2026-03-31.

## An answer on file.
fill-answer-none = ничего не выбрано
fill-answer-measures = { $count ->
    [one] указана { $count } мера
    [few] указаны { $count } меры
    [many] указано { $count } мер
   *[other] указано { $count } меры
}
fill-answer-rows = { $count ->
    [one] { $count } строка
    [few] { $count } строки
    [many] { $count } строк
   *[other] { $count } строки
}
fill-answer-not-applicable = неприменимо: { $reason }
fill-answer-unknown = неизвестно: { $reason }
fill-list-separator = {", "}

## Notices during the interview.
fill-resuming = Продолжение с первого вопроса без ответа, { $id } (дан ответ на { $answered } из { $applicable ->
    [one] { $applicable } применимого вопроса
   *[other] { $applicable } применимых вопросов
}).
fill-section-progress = В этом разделе дан ответ на { $answered } из { $applicable ->
    [one] { $applicable } применимого вопроса
   *[other] { $applicable } применимых вопросов
}. Список команд выводит /help.
fill-section-skipped = Раздел «{ $section }» пропускается: { $reason }
fill-question-skipped = Вопрос { $id } («{ $text }») пропускается: { $reason }
fill-not-saved = Не сохранено: { $problem }
fill-kept-aside = { $count ->
    [1] Ответ на вопрос { $questions } отложен, а не удален: вопрос больше не применим. Ответ хранится в разделе `inactive:` и вернется, если вопрос снова станет применимым.
   *[other] Ответы на вопросы { $questions } отложены, а не удалены: вопросы больше не применимы. Ответы хранятся в разделе `inactive:` и вернутся, если вопросы снова станут применимыми.
}
fill-restored = { $count ->
    [1] Ваш прежний ответ на вопрос { $questions } восстановлен.
   *[other] Ваши прежние ответы на вопросы { $questions } восстановлены.
}
fill-at-first = Это первый вопрос.
fill-finished-all = Конец вопросника: на все применимые вопросы дан ответ.
fill-finished = Конец вопросника. Без ответа { $count ->
    [one] остался { $count } применимый вопрос
    [few] остались { $count } применимых вопроса
    [many] осталось { $count } применимых вопросов
   *[other] осталось { $count } применимого вопроса
}; обязательных вопросов без ответа нет.
fill-finished-required = Конец вопросника. Без ответа { $count ->
    [one] остался { $count } применимый вопрос
    [few] остались { $count } применимых вопроса
    [many] осталось { $count } применимых вопросов
   *[other] осталось { $count } применимого вопроса
}; обязательных без ответа: { $required } ({ $questions }).

## After the interview.
fill-saved = Файл { $file } сохранен: дан ответ на { $answered } из { $applicable ->
    [one] { $applicable } применимого вопроса
   *[other] { $applicable } применимых вопросов
}, в том числе на { $required_answered } из { $required ->
    [one] { $required } обязательного
   *[other] { $required } обязательных
}.
fill-next-submit = Далее: `{ $submit }` — представить ответы.
fill-next-fill = Далее: `{ $fill }` — продолжить с первого вопроса без ответа; `{ $status }` — узнать, что осталось сделать.
