"""The keywords of Python 3.2: kwlist, and iskeyword(s)."""

__all__ = ["iskeyword", "kwlist"]

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]

iskeyword = frozenset(kwlist).__contains__
