# Fixture of the suite runner's test: one test of three fails.
import unittest
from test import support


class Comparisons(unittest.TestCase):

    def test_equal(self):
        self.assertEqual([1, 2], [1, 2])

    def test_wrong_sum(self):
        self.assertEqual(sum([1, 2, 3]), 7)

    def test_true(self):
        self.assertTrue(3 > 2)


def test_main():
    support.run_unittest(Comparisons)


if __name__ == '__main__':
    test_main()
