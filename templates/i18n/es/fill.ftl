# The words of `saq fill`, the interview in the terminal, in es. Plain text.
