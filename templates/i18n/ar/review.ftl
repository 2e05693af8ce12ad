# review messages (ar): see templates/i18n/en/review.ftl for the ids.
