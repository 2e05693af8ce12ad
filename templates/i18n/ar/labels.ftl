# labels messages (ar): see templates/i18n/en/labels.ftl for the ids.
