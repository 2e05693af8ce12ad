# form messages (zh): see templates/i18n/en/form.ftl for the ids.
