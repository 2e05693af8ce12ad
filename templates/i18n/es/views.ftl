# views messages (es): see templates/i18n/en/views.ftl for the ids.
