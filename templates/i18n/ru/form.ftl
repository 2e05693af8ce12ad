# form messages (ru): see templates/i18n/en/form.ftl for the ids.
