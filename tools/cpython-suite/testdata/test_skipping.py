# Fixture of the suite runner's test: some tests skip themselves; there
# is no test_main, so regrtest loads the module's TestCases.
import sys
import unittest
from test import support


class Skips(unittest.TestCase):

    def test_runs(self):
        self.assertEqual(len('abc'), 3)

    @unittest.skip("never runs")
    def test_decorated(self):
        self.fail("skipped tests do not run")

    @unittest.skipIf(sys.maxsize > 0, "the condition holds")
    def test_conditional(self):
        self.fail("skipped tests do not run")

    def test_resource(self):
        support.requires('network')
        self.fail("the network resource is not enabled")


if __name__ == '__main__':
    unittest.main()
