# Russian message catalog (ru) of the words `saq status`, `saq init` and `saq submit` print for a
# focal point, and of the line that ends `saq review report -o DIR`. Same ids as
# templates/i18n/en/cli.ftl, where the comments say what each variable is; only the text is
# translated. Plain text for a terminal: the commands between backquotes are typed as they are,
# never translated. The user is addressed as "Вы"; the State's name stays in the nominative,
# after «государство» in apposition.

## saq status: a file it could not check.
cli-status-not-in-library = { $file }: файл не проверен, так как его вопросник отсутствует в библиотеке (см. проблему, указанную выше)
cli-status-questionnaire-problems = { $file }: файл не проверен, так как в его вопроснике есть ошибки (см. выше)
cli-status-unreadable = { $file }: файл не удается прочитать (см. проблемы, указанные выше)

## saq status: a file's first line, then a table of its sections.
cli-status-heading = { $file }: ответы государства { $state } ({ $status })
cli-status-column-section = раздел
cli-status-column-answered = с ответом
cli-status-column-applicable = применимые
cli-status-column-required = обязательные
cli-status-column-missing = без ответа
cli-status-all-sections = все разделы
cli-status-required-of = { $answered } из { $required }
cli-status-does-not-apply = неприменимо: { $reason }
cli-status-and-more = { $list } и еще { $count }

## saq status: below the table.
cli-status-not-counted = не учтено: { $count ->
        [one] { $count } ответ
        [few] { $count } ответа
        [many] { $count } ответов
       *[other] { $count } ответа
    } на неприменимые вопросы: { $list }
cli-status-not-counted-help = каждый из них объяснен выше (`answer-not-applying`); ничего не удаляется
cli-status-submitted-on = ответы представлены { $date }
cli-status-submitted-undated = ответы представлены, дата неизвестна
cli-status-submitted-with-problems = { $submitted }, но в файле { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
        [many] { $count } ошибок
       *[other] { $count } ошибки
    } (см. выше)
cli-status-ready = ответы готовы к представлению: на все применимые обязательные вопросы дан ответ (`{ $command }`)
cli-status-missing = представление невозможно: нет ответа на { $count ->
        [one] { $count } обязательный вопрос
        [few] { $count } обязательных вопроса
        [many] { $count } обязательных вопросов
       *[other] { $count } обязательного вопроса
    }: { $list }
cli-status-missing-help = `{ $command }` задаст эти вопросы, начиная с первого вопроса без ответа
cli-status-problems = представление невозможно: в файле { $count ->
        [one] { $count } ошибка (она указана выше с номером строки)
        [few] { $count } ошибки (они указаны выше с номерами строк)
        [many] { $count } ошибок (они указаны выше с номерами строк)
       *[other] { $count } ошибки (они указаны выше с номерами строк)
    }

## saq init: the file written, and what to do next.
cli-init-wrote = записан файл { $file }: черновик ответов государства { $state } на вопросник { $questionnaire } { $version }, в котором { $count ->
        [one] приведен { $count } вопрос
        [few] приведены все { $count } вопроса
        [many] приведены все { $count } вопросов
       *[other] приведены все { $count } вопроса
    }
cli-init-next = далее:
cli-init-next-edit = впишите ответы в любом текстовом редакторе или выполните команду `{ $fill }`, чтобы отвечать на вопросы по очереди;
cli-init-next-check = `{ $status }` показывает, что осталось сделать, а `{ $submit }` представляет ответы

## saq submit.
cli-submit-already = файл { $file } уже представлен ({ $when }); никаких действий не требуется
cli-submit-already-signing = файл { $file } уже представлен ({ $when }); он подписывается в нынешнем виде
cli-submit-when = { $date }
cli-submit-when-unknown = дата неизвестна
cli-submit-already-help = чтобы изменить ответы, укажите `status: draft`, внесите изменения и представьте ответы снова
cli-submit-done = файл { $file } представлен: ответы государства { $state } от { $date }; дан ответ на { $answered } из { $applicable ->
        [one] { $applicable } применимого вопроса
       *[other] { $applicable } применимых вопросов
    }
cli-submit-digest = хеш: { $digest }
cli-submit-validate-note = `{ $command }` сообщит о любом изменении ответов, внесенном с этого момента
cli-submit-signed = файл { $file } подписан ключом { $key }: { $signature }
cli-submit-signed-note = направьте { $signature } вместе с ответами; `{ $command }` проверяет подпись
cli-submit-backed-up = файл { $file } перезаписан в формате saq; { $count ->
        [one] { $count } строка Ваших комментариев сохранена
        [few] { $count } строки Ваших комментариев сохранены
        [many] { $count } строк Ваших комментариев сохранены
       *[other] { $count } строки Ваших комментариев сохранены
    } в файле { $backup }

## saq review report -o DIR: what was written.
cli-review-report-wrote = в папку { $folder } записаны { $count ->
        [one] { $count } доклад о страновом обзоре
        [few] { $count } доклада о страновых обзорах
        [many] { $count } докладов о страновых обзорах
       *[other] { $count } доклада о страновых обзорах
    } и сводная информация для секретариата
