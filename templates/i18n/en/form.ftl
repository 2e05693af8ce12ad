# The words of the form templates, in English: the source every other language translates.
