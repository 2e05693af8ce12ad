# labels messages (fr): see templates/i18n/en/labels.ftl for the ids.
