# Fixture of the suite runner's test: the module under test is missing,
# so support.import_module skips the whole module.
import unittest
from test import support

thing = support.import_module('no_such_module_under_test')


class NeedsThing(unittest.TestCase):

    def test_thing(self):
        self.assertTrue(thing)


def test_main():
    support.run_unittest(NeedsThing)
