# Fixture of the suite runner's test: one test fails, one raises.
import unittest
from test import support


class Mixed(unittest.TestCase):

    def test_fine(self):
        self.assertIn('a', 'abc')

    def test_lookup(self):
        {}['missing']

    def test_wrong(self):
        self.assertEqual('x', 'y')


def test_main():
    support.run_unittest(Mixed)


if __name__ == '__main__':
    test_main()
