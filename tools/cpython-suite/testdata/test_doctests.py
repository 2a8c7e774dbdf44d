"""Fixture of the suite runner's test: doctests, one of three wrong.

>>> 1 + 1
2
>>> sorted({3, 1, 2})
[1, 2, 3]
>>> 'abc'.upper()
'ABD'
"""
import sys
from test import support


def test_main():
    support.run_doctest(sys.modules[__name__])


if __name__ == '__main__':
    test_main()
