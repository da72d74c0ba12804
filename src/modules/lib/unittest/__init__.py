"""unittest: the test framework (our own implementation of CPython 3.11's API).

case.py holds TestCase and the assertions, result.py the results and the
text runner, loader.py suites, the loader and unittest.main.
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases',
           'IsolatedAsyncioTestCase']

__unittest = True

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                   skipUnless, expectedFailure)
from .result import TestResult, TextTestResult, TextTestRunner
from .loader import (BaseTestSuite, TestSuite, TestLoader, defaultTestLoader,
                     TestProgram, main, addModuleCleanup, doModuleCleanups,
                     enterModuleContext)


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method
    return None


def registerResult(result):
    pass


def removeResult(result):
    return False


def getTestCaseNames(testCaseClass, prefix, sortUsing=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    if sortUsing is not None:
        loader.sortTestMethodsUsing = sortUsing
    return loader.loadTestsFromModule(module)


def __getattr__(name):
    # IsolatedAsyncioTestCase is loaded on first use (it imports asyncio)
    if name == 'IsolatedAsyncioTestCase':
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
