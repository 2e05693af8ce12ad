# The words of the country templates, in English: the source every other language translates.
