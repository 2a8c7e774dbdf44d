# No newline at the end of the file, inside an indented block.
x = 1
if x:
    def f():
        return x