# Imported by lang_imports.py: a syntax error on line 3.
x = (
def
