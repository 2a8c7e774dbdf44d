# Imported by lang_imports.py: counts how many times its body runs.
import sys

LOADS = getattr(sys, '_taipan_test_loads', 0) + 1
sys._taipan_test_loads = LOADS

value = 42
_private = 'hidden'


def double(x):
    return 2 * x


class Thing:
    pass
