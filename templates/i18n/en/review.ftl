# The words of the review templates, in English: the source every other language translates.
