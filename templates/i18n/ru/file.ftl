# The comments saq writes into an answer file (saq init, fill, submit), in ru.
# Plain text: answer files are YAML, and these lines become YAML comments.
