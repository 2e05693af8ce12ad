# The words the commands print for a focal point (saq status, init, submit), in fr. Plain text.
