# unittest.main(): argv handling, exit status, fixtures and the report.
import unittest, io, re, sys

log = []

def setUpModule():
    log.append("setUpModule")

def tearDownModule():
    log.append("tearDownModule")

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass A")
    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass A")
    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)
    def tearDown(self):
        log.append("tearDown " + self._testMethodName)
    def test_one(self):
        """First line of doc.

        More."""
        self.assertEqual(2 + 2, 4)
    def test_two(self):
        self.assertIn("a", "xyz")
    def test_three(self):
        raise KeyError("k")

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")
    def test_never(self):
        log.append("never")

class C(unittest.TestCase):
    def setUp(self):
        raise ValueError("setup broke")
    def test_x(self):
        log.append("C.test_x ran")
    @unittest.skipIf(True, "cond")
    def test_y(self):
        pass

@unittest.skip("whole class")
class D(unittest.TestCase):
    def test_z(self):
        pass

def mask(s):
    s = re.sub(r'File "[^"]*/', 'File "', s)
    return re.sub(r"in \d+\.\d+s", "in X.XXXs", s)

def run(argv, **kw):
    buf = io.StringIO()
    old = sys.stderr
    sys.stderr = buf
    try:
        prog = unittest.main(argv=argv, **kw)
        print("no exit", prog.result.wasSuccessful())
    except SystemExit as e:
        print("SystemExit", e.code)
    finally:
        sys.stderr = old
    print(mask(buf.getvalue()))

run(["prog"])
print(log)
del log[:]
run(["prog", "-v"], exit=False)
run(["prog", "A.test_one"], exit=False)
run(["prog", "-k", "two"])
run(["prog", "-q", "A.test_one", "C.test_y"])
run(["prog", "A.test_two", "A.test_one"], verbosity=2)
run(["prog", "D"])
print(log)

t = A("test_one")
print(t, repr(t), t.id(), t.shortDescription(), t.countTestCases())
print(unittest.TestLoader().getTestCaseNames(A))
suite = unittest.TestSuite([A("test_one"), A("test_two")])
print(suite.countTestCases())
try:
    A("nope")
except ValueError as e:
    print(e)
r = unittest.TestResult()
A("test_two").run(r)
print(r, len(r.failures), r.failures[0][0])
print(r.failures[0][1].splitlines()[-1])
run(["prog", "-x"])
run(["prog", "-k"])
