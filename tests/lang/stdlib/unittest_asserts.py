# Failure messages of the TestCase assertion methods (first line for diffs).
import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def check(name, *args, first_line=False, **kw):
    try:
        getattr(t, name)(*args, **kw)
        print(name, "passed")
    except AssertionError as e:
        msg = str(e)
        if first_line:
            msg = msg.split("\n")[0]
        print(name, "->", repr(msg))
    except Exception as e:
        print(name, "raised", type(e).__name__, e)

check("assertEqual", 1, 2)
check("assertEqual", 1, 1)
check("assertEqual", "a", "b", first_line=True)
check("assertEqual", 1.5, 2)
check("assertEqual", None, 0)
check("assertEqual", 1, 2, msg="custom")
check("assertEqual", "x" * 100, "x" * 99 + "y", first_line=True)
check("assertEqual", list(range(50)), list(range(49)) + [7], first_line=True)
check("assertNotEqual", 3, 3)
check("assertNotEqual", 3, 4)
check("assertTrue", False)
check("assertTrue", 0)
check("assertTrue", [])
check("assertTrue", [], "empty")
check("assertFalse", True)
check("assertFalse", "abc")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertNotIn", 2, [1, 2, 3])
check("assertIn", "z", "abc")
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, bytes))
check("assertNotIsInstance", 1, int)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1, places=2)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertNotAlmostEqual", 1.0, 2.0)
check("assertRegex", "hello", "^x")
check("assertRegex", "hello", "l+")
check("assertNotRegex", "hello", "l+")
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2], [1, 1, 2])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertListEqual", [1, 2], [1, 3], first_line=True)
check("assertListEqual", [1, 2], (1, 2))
check("assertTupleEqual", (1, 2), (1, 2, 3), first_line=True)
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSetEqual", {1, 2}, {1, 3})
check("assertSetEqual", {1}, {1, 2})
check("assertSetEqual", {1}, 5)
check("assertDictEqual", {'a': 1}, {'a': 2}, first_line=True)
check("assertDictEqual", [], {})
check("assertMultiLineEqual", "a\nb\n", "a\nc\n", first_line=True)
check("fail")
check("fail", "oops")

# full messages of list/tuple failures up to the diff
try:
    t.assertListEqual([1, 2, 3], [1, 2])
except AssertionError as e:
    print(str(e).split("\n\n")[:2])
try:
    t.assertListEqual([1, 2], [1, 5, 3])
except AssertionError as e:
    print(str(e).split("\n\n")[:2])

# longMessage = False
t.longMessage = False
check("assertEqual", 1, 2, msg="only this")
check("assertEqual", 1, 2)
t.longMessage = True

# maxDiff truncation
t.maxDiff = 10
try:
    t.assertListEqual([1, 2, 3], [1, 2, 4])
except AssertionError as e:
    print(str(e).split("\n")[-1][:8], "...", str(e).split("\n")[-1][-38:])
t.maxDiff = 640

# assertRaises
with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
check("assertRaises", ValueError, int, "5")
check("assertRaises", ValueError, lambda: None)
check("assertRaises", (ValueError, TypeError), int, "5")
check("assertRaises", 5, int, "5")
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError, msg="mine"):
        pass
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        raise IndexError("other")
except IndexError as e:
    print("propagated", e)
with t.assertRaisesRegex(ValueError, "invalid lit") as cm:
    int("q")
print(cm.exception)
try:
    with t.assertRaisesRegex(ValueError, "^zzz"):
        int("q")
except AssertionError as e:
    print(e)

def f():
    raise ZeroDivisionError("z")
check("assertRaises", ZeroDivisionError, f)
check("assertRaisesRegex", ZeroDivisionError, "y", f)

# assertWarns
import warnings
with t.assertWarns(DeprecationWarning) as cm:
    warnings.warn("old", DeprecationWarning)
print(type(cm.warning).__name__, cm.warning)
try:
    with t.assertWarns(UserWarning):
        pass
except AssertionError as e:
    print(e)
check("assertWarns", UserWarning, lambda: None)
check("assertWarnsRegex", UserWarning, "ab", lambda: warnings.warn("xyz"))
check("assertWarns", UserWarning, lambda: warnings.warn("xyz"))

# deprecated aliases warn and delegate
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t.assertEquals(1, 1)
    t.failUnless(True)
    check("assertNotEquals", 2, 2)
    check("assertRegexpMatches", "abc", "z")
print([(w.category.__name__, str(w.message)) for w in caught])
