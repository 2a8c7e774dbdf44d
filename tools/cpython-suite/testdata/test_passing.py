# Fixture of the suite runner's test: every test passes.
import os
import unittest
from test import support


class FileTests(unittest.TestCase):

    def tearDown(self):
        support.unlink(support.TESTFN)

    def test_write_and_read(self):
        with open(support.TESTFN, 'w') as f:
            f.write('spam')
        with open(support.TESTFN) as f:
            self.assertEqual(f.read(), 'spam')

    def test_unlink_missing(self):
        support.unlink(support.TESTFN)
        self.assertFalse(os.path.exists(support.TESTFN))


class ArithmeticTests(unittest.TestCase):

    def test_add(self):
        self.assertEqual(2 + 2, 4)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 // 0


def test_main():
    support.run_unittest(FileTests, ArithmeticTests)


if __name__ == '__main__':
    test_main()
