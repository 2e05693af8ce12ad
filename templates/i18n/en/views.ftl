# The words of the views templates, in English: the source every other language translates.
