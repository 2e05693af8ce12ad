# country messages (ar): see templates/i18n/en/country.ftl for the ids.
