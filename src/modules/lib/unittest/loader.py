"""unittest.suite / loader / main: TestSuite (with class and module fixtures),
TestLoader and the command-line TestProgram (unittest.main).

Invariant: a suite runs setUpClass/tearDownClass once per consecutive run of
tests of the same class, and setUpModule/tearDownModule once per module.
"""

import sys
import fnmatch
import functools

from . import case
from .case import strclass, SkipTest

__unittest = True


class _ErrorHolder:
    """Stands in for a test when a class or module fixture fails."""
    __module__ = 'unittest.suite'
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite:
    """A collection of tests run in order."""
    __module__ = 'unittest.suite'
    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        n = self._removed_tests
        for test in self:
            if test:
                n += test.countTestCases()
        return n

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        test = self._tests[index]
        if hasattr(test, 'countTestCases'):
            self._removed_tests += test.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs class- and module-level fixtures."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        top = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _fixture_error(self, result, exc, method, parent, info=None):
        holder = _ErrorHolder("%s (%s)" % (method, parent))
        if isinstance(exc, SkipTest):
            result.addSkip(holder, str(exc))
        else:
            if info is None:
                info = (type(exc), exc, exc.__traceback__)
            result.addError(holder, info)

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        setup = getattr(current, 'setUpClass', None)
        cleanups = getattr(current, 'doClassCleanups', None)
        if setup is None:
            return
        try:
            setup()
        except Exception as e:
            try:
                current._classSetupFailed = True
            except TypeError:
                pass
            name = strclass(current)
            self._fixture_error(result, e, 'setUpClass', name)
            if cleanups is not None:
                cleanups()
                for info in current.tearDown_exceptions:
                    self._fixture_error(result, info[1], 'setUpClass', name, info)

    def _handleModuleFixture(self, test, result):
        previous = self._previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current)
        if module is None:
            return
        setup = getattr(module, 'setUpModule', None)
        if setup is None:
            return
        try:
            setup()
        except Exception as e:
            result._moduleSetUpFailed = True
            self._fixture_error(result, e, 'setUpModule', current)
            doModuleCleanups()

    def _previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is not None:
            return previous.__module__
        return None

    def _handleModuleTearDown(self, result):
        previous = self._previous_module(result)
        if previous is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(previous)
        if module is None:
            return
        teardown = getattr(module, 'tearDownModule', None)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                self._fixture_error(result, e, 'tearDownModule', previous)
        doModuleCleanups()

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        teardown = getattr(previous, 'tearDownClass', None)
        cleanups = getattr(previous, 'doClassCleanups', None)
        if teardown is None and cleanups is None:
            return
        name = strclass(previous)
        if teardown is not None:
            try:
                teardown()
            except Exception as e:
                self._fixture_error(result, e, 'tearDownClass', name)
        if cleanups is not None:
            cleanups()
            for info in previous.tearDown_exceptions:
                self._fixture_error(result, info[1], 'tearDownClass', name, info)


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter the context manager cm now and exit it among the module cleanups."""
    enter, exit_ = _context_methods(cm)
    result = enter(cm)
    addModuleCleanup(exit_, cm, None, None, None)
    return result


def _context_methods(cm):
    # looked up on the type, as the with statement does; TypeError as CPython words it
    cls = type(cm)
    try:
        return cls.__enter__, cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None


def doModuleCleanups():
    errors = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as e:
            errors.append(e)
    if errors:
        raise errors[0]


def _cmp(x, y):
    return (x > y) - (x < y)


class TestLoader:
    """Builds suites of tests from classes, modules and names."""
    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Imports the test modules under start_dir (files matching pattern, and packages
        with an __init__.py) and returns their tests as one suite."""
        import os
        start = os.path.abspath(start_dir)
        top = os.path.abspath(top_level_dir) if top_level_dir is not None else start
        if not os.path.isdir(start):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        tests = []

        def walk(directory, prefix):
            for entry in sorted(os.listdir(directory)):
                path = os.path.join(directory, entry)
                if os.path.isfile(path) and entry.endswith('.py'):
                    stem = entry[:-3]
                    if stem.isidentifier() and fnmatch.fnmatch(entry, pattern):
                        __import__(prefix + stem)
                        tests.append(self.loadTestsFromModule(sys.modules[prefix + stem]))
                elif os.path.isdir(path) and entry.isidentifier() and \
                        os.path.isfile(os.path.join(path, '__init__.py')):
                    __import__(prefix + entry)  # as CPython: a package is imported on the way
                    walk(path, prefix + entry + '.')

        rel = os.path.relpath(start, top)
        walk(start, '' if rel == '.' else rel.replace(os.sep, '.') + '.')
        return self.suiteClass(tests)

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            imported = None
            rest = list(parts)
            while rest:
                try:
                    imported = __import__('.'.join(rest))
                    break
                except ImportError:
                    del rest[-1]
                    if not rest:
                        raise
            obj = sys.modules['.'.join(rest)]
            parts = parts[len(rest):]
        else:
            obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            inst = parent(parts[-1])
            if not callable(getattr(inst, parts[-1])):
                return self.suiteClass([inst])
            return self.suiteClass([inst])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(name):
            if not name.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, name)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__,
                                 testCaseClass.__qualname__, name)
            return any(fnmatch.fnmatchcase(full, p) for p in patterns)
        names = [n for n in dir(testCaseClass) if wanted(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


defaultTestLoader = TestLoader()


def _pattern(p):
    if '*' in p:
        return p
    return '*%s*' % p


def _name_from_path(name):
    # `python -m unittest tests/test_x.py`: an existing .py file named by path is
    # loaded as the dotted module name of its path relative to the cwd.
    import os
    if not (name.lower().endswith('.py') and os.path.isfile(name)):
        return name
    rel = name
    if os.path.isabs(name):
        rel = os.path.relpath(name, os.getcwd())
        if os.path.isabs(rel) or rel.startswith(os.pardir):
            return name
    rel = os.path.normpath(rel)
    return rel[:-3].replace(os.sep, '.')


class TestProgram:
    """Runs the tests of a module from the command line (unittest.main)."""
    __module__ = 'unittest.main'

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = 'python -m unittest'
        if argv:
            import os
            self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None, help=False):
        usage = ("usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] "
                 "[-k TESTNAMEPATTERNS]\n%s[tests ...]\n"
                 % (self.progName, ' ' * (len(self.progName) + 8)))
        if msg:
            sys.stderr.write(usage)
            sys.stderr.write(msg + "\n")
        else:
            sys.stdout.write(usage)
        sys.exit(0 if help else 2)

    def parseArgs(self, argv):
        names = []
        for arg in argv[1:]:
            if self.testNamePatterns is not None and self.testNamePatterns and \
                    self.testNamePatterns[-1] is None:
                self.testNamePatterns[-1] = _pattern(arg)
                continue
            if arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg == '--locals':
                self.tb_locals = True
            elif arg == '-k':
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(None)
            elif arg.startswith('-k') and len(arg) > 2:
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(_pattern(arg[2:]))
            elif arg in ('-h', '--help'):
                self.usageExit(help=True)
            elif arg.startswith('-'):
                self.usageExit("%s: error: unrecognized arguments: %s"
                               % (self.progName, arg))
            else:
                names.append(arg)
        if self.testNamePatterns and self.testNamePatterns[-1] is None:
            self.usageExit("%s: error: argument -k: expected one argument" % self.progName)
        if names:
            if self.module is None:
                names = [_name_from_path(n) for n in names]
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None and self.module is None:
            # `python -m unittest` with no test names: discovery from the current directory
            self.test = self.testLoader.discover(getattr(self, 'start', '.'),
                                                 getattr(self, 'pattern', 'test*.py'),
                                                 getattr(self, 'top', None))
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        from .result import TextTestRunner
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                runner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                         buffer=self.buffer, warnings=self.warnings,
                                         tb_locals=self.tb_locals)
            except TypeError:
                runner = self.testRunner()
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
