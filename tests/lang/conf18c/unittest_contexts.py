# unittest.enterModuleContext / TestCase.enterClassContext / enterContext (3.11)
import sys
import unittest


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print('exit', self.name, exc)


print(unittest.enterModuleContext(CM('mod')))
unittest.doModuleCleanups()
for bad in (object(), 5):
    try:
        unittest.enterModuleContext(bad)
    except TypeError as e:
        print('TypeError', e)


class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('class ctx', cls.enterClassContext(CM('cls')))

    def test_a(self):
        print('test ctx', self.enterContext(CM('test')))
        with self.assertRaises(TypeError) as cm:
            self.enterContext(3)
        print(cm.exception)
        with self.assertRaises(TypeError):
            self.enterClassContext(None)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
r = unittest.TestResult()
suite.run(r)
print(r.testsRun, r.errors, r.failures)
print('enterModuleContext' in unittest.__all__, 'doModuleCleanups' in unittest.__all__)
