# The words of `saq fill`, the interview in the terminal, in ar. Plain text.
