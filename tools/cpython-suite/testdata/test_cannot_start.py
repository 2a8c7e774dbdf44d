# Fixture of the suite runner's test: importing the module fails.
import unittest
import no_such_module_for_the_runner_test
from test import support


class Unreachable(unittest.TestCase):

    def test_nothing(self):
        pass


def test_main():
    support.run_unittest(Unreachable)
