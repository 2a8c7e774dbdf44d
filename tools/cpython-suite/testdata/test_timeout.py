# Fixture of the suite runner's test: a test that never ends.
import unittest
from test import support


class Forever(unittest.TestCase):

    def test_quick(self):
        pass

    def test_spin(self):
        n = 0
        while True:
            n += 1


def test_main():
    support.run_unittest(Forever)


if __name__ == '__main__':
    test_main()
