# review messages (zh): see templates/i18n/en/review.ftl for the ids.
