# The words of `saq fill`, the interview in the terminal, in en. Plain text.
