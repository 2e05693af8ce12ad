# country messages (ru): see templates/i18n/en/country.ftl for the ids.
