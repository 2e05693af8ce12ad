# form messages (es): see templates/i18n/en/form.ftl for the ids.
