# `assert (cond, "msg")` is a non-empty tuple, always true: CPython 3.11 warns at compile
# time (SyntaxWarning on stderr) and the assertion never fails.
x = -1
assert (x > 0, "x must be positive")
print("after the tuple assert")
try:
    exec(compile("assert (0, 'm')", "<snippet>", "exec"))
    print("no AssertionError")
except AssertionError:
    print("AssertionError")
try:
    assert ()
except AssertionError:
    print("empty tuple fails")
