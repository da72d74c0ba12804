# A test module inside a directory without __init__.py (a namespace package), named by
# path on the command line: `python -m unittest nspkg/ut_ns.py`.
import unittest


class InNamespace(unittest.TestCase):
    def test_name(self):
        self.assertEqual(__name__, "nspkg.ut_ns")

    def test_package(self):
        import nspkg
        self.assertIsNone(nspkg.__file__)
        self.assertTrue(repr(nspkg).startswith("<module 'nspkg' ("))
