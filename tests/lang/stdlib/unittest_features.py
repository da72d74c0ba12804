# unittest: subtests, skips, expected failures, cleanups, failfast, buffer,
# FunctionTestCase, load_tests-free loaders, result bookkeeping.
import unittest, io, re, sys

def mask(s):
    s = re.sub(r'File "[^"]*/', 'File "', s)
    return re.sub(r"in \d+\.\d+s", "in X.XXXs", s)

def run(*classes, verbosity=2, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    buf = io.StringIO()
    res = unittest.TextTestRunner(stream=buf, verbosity=verbosity, **kw).run(suite)
    print(mask(buf.getvalue()))
    print(res.testsRun, len(res.failures), len(res.errors), len(res.skipped),
          len(res.expectedFailures), len(res.unexpectedSuccesses), res.wasSuccessful())
    return res

class Sub(unittest.TestCase):
    def test_params(self):
        for i in range(4):
            with self.subTest(i=i, sq=i * i):
                self.assertNotEqual(i % 2, 1)
    def test_msg(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                raise ValueError("inner")
    def test_skip_in_sub(self):
        with self.subTest(k=1):
            self.skipTest("sub skipped")
    def test_plain(self):
        with self.subTest():
            self.fail("bare")

run(Sub)
run(Sub, verbosity=1)
run(Sub, verbosity=0)

class Skips(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == "test_setup_skip":
            raise unittest.SkipTest("from setUp")
    def test_setup_skip(self):
        pass
    def test_inline(self):
        self.skipTest("inline reason")
    @unittest.skipUnless(False, "unless")
    def test_unless(self):
        pass
    @unittest.skipUnless(True, "unless")
    def test_unless_runs(self):
        pass
    @unittest.expectedFailure
    def test_xfail(self):
        self.assertEqual(1, 0)
    @unittest.expectedFailure
    def test_xpass(self):
        pass
    def test_doc(self):
        """Doc line shown in verbose mode."""

run(Skips)
run(Skips, verbosity=1)

order = []
class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(order.append, "c1")
        self.addCleanup(self.bad_cleanup)
        self.addCleanup(order.append, "c3")
    def bad_cleanup(self):
        order.append("bad")
        raise OSError("cleanup failed")
    def test_it(self):
        order.append("test")

run(Cleanups)
print(order)

class FF(unittest.TestCase):
    def test_a(self):
        self.fail("first")
    def test_b(self):
        self.fail("second")
    def test_c(self):
        pass

run(FF, verbosity=1, failfast=True)

class Buf(unittest.TestCase):
    def test_out_ok(self):
        print("hidden output")
    def test_out_fail(self):
        print("shown output")
        print("to stderr", file=sys.stderr)
        self.fail("with output")

old = sys.stderr
sys.stderr = io.StringIO()
try:
    run(Buf, verbosity=1, buffer=True)
    captured = sys.stderr.getvalue()
finally:
    sys.stderr = old
print(repr(captured))

def plain_test():
    assert 1 + 1 == 3, "math"
ft = unittest.FunctionTestCase(plain_test, description="a function test")
print(ft, ft.id(), ft.shortDescription())
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf, verbosity=2).run(ft)
print(mask(buf.getvalue()))

class M(unittest.TestCase):
    def test_one(self):
        pass
    def helper(self):
        pass
    def test_two(self):
        pass
    test_attr = 5

loader = unittest.TestLoader()
print(loader.getTestCaseNames(M))
loader.testMethodPrefix = "help"
print(loader.getTestCaseNames(M))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(M))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*two*"]
print(loader.getTestCaseNames(M))
suite = unittest.TestLoader().loadTestsFromTestCase(M)
print(suite.countTestCases(), [t.id() for t in suite])
mod_suite = unittest.TestLoader().loadTestsFromModule(sys.modules[__name__])
print(mod_suite.countTestCases())
names = unittest.TestLoader().loadTestsFromNames(["M.test_two", "FF"], sys.modules[__name__])
print(names.countTestCases())
try:
    unittest.TestSuite().addTest(5)
except TypeError as e:
    print("TypeError", e)
try:
    unittest.TestSuite().addTest(M)
except TypeError as e:
    print("TypeError", e)
r = unittest.TestResult()
M("test_one").run(r)
print(r.testsRun, r.wasSuccessful(), r.shouldStop)
r.stop()
print(r.shouldStop)
print(M("test_one") == M("test_one"), M("test_one") == M("test_two"))
t = M("test_one")
print(t.run())
class Dbg(unittest.TestCase):
    def test_x(self):
        raise KeyError("debug")
try:
    Dbg("test_x").debug()
except KeyError as e:
    print("debug raised", repr(e))
