# doctest: testmod in verbose mode (all examples pass, so no file paths are printed),
# option directives, expected exceptions, and failure reports of examples that carry
# no file name ("Line N, in NAME").
"""Module docstring.

>>> 1 + 1
2
"""
import doctest


def add(a, b):
    """Add numbers.

    >>> add(1, 2)
    3
    >>> add("a", "b")
    'ab'
    >>> [add(i, i) for i in range(12)]   # doctest: +ELLIPSIS
    [0, 2, ..., 22]
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> print(list(range(20)))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> add(1, 1) == 2
    1
    """
    return a + b


def boom():
    """
    >>> boom()
    Traceback (most recent call last):
        ...
    ValueError: bad thing
    >>> boom()   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other detail
    >>> boom()   # doctest: +SKIP
    never checked
    """
    raise ValueError("bad thing")


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> s.items
    [1]
    """
    def __init__(self):
        self.items = []

    def push(self, x):
        """
        >>> Stack().push(3)
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def size(self):
        """
        >>> Stack().size
        0
        """
        return len(self.items)

    @staticmethod
    def make():
        """
        >>> Stack.make().items
        []
        """
        return Stack()


def nodoc():
    pass


print(doctest.testmod(verbose=True))
print(doctest.testmod())

# Failures, reported through a runner writing to a list (no file name: "Line N").
text = '''
>>> x = 5
>>> x * 2
11
>>> print("nothing expected")
>>> int("z")
Traceback (most recent call last):
ValueError: invalid literal for int() with base 10: 'z'
>>> [1, 2]
'''
parser = doctest.DocTestParser()
test = parser.get_doctest(text, {}, "sample", None, 0)
print(test, [(e.source, e.want, e.exc_msg, e.lineno) for e in test.examples])
out = []
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test, out=out.append))
for chunk in out:
    print(chunk.replace("\n", "|"))
print(runner.summarize(verbose=True))

# run_docstring_examples and the output checker on its own
def cube(n):
    """
    >>> cube(3)
    27
    """
    return n ** 3
doctest.run_docstring_examples(cube, {"cube": cube}, verbose=True, name="cube")
chk = doctest.OutputChecker()
print(chk.check_output("a ... z\n", "a b c z\n", doctest.ELLIPSIS),
      chk.check_output("1 2\n", "1   2\n", 0),
      chk.check_output("1 2\n", "1   2\n", doctest.NORMALIZE_WHITESPACE),
      chk.check_output("True\n", "1\n", 0), chk.check_output("1\n", "True\n", 0))
try:
    parser.get_examples(">>>x = 1\n")
except ValueError as e:
    print("ValueError", e)
try:
    parser.get_examples(">>> x = 1  # doctest: +BOGUS\n")
except ValueError as e:
    print("ValueError", e)

# An unexpected exception: the report shows the example's own frame with its source
# line (from linecache) and markers. The runner's own frame is left out here: its file
# and line differ between implementations.
bad = parser.get_doctest(">>> def f(x):\n...     return 1 / x\n>>> f(0)\n1\n", {}, "exc", None, 0)
out = []
print(doctest.DocTestRunner(verbose=False).run(bad, out=out.append))
lines = "".join(out).splitlines()
keep = []
skip = 0
for line in lines:
    if "doctest" in line and "File" in line and "<doctest" not in line:
        skip = 2
    if skip:
        skip -= 1
        continue
    keep.append(line)
print("\n".join(keep))
