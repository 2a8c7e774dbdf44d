# The file ends in a comment without a newline.
x = 1
if x:
    y = 2
    # trailing