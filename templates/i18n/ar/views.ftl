# views messages (ar): see templates/i18n/en/views.ftl for the ids.
