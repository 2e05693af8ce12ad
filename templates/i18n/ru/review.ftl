# review messages (ru): see templates/i18n/en/review.ftl for the ids.
