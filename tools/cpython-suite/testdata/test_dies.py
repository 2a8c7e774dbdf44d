# Fixture of the suite runner's test: the interpreter exits in the middle
# of a test, as a crash would end it.
import os
import unittest
from test import support


class Dies(unittest.TestCase):

    def test_a_fine(self):
        pass

    def test_b_exit(self):
        os._exit(3)


def test_main():
    support.run_unittest(Dies)


if __name__ == '__main__':
    test_main()
