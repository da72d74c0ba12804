import sys, io
texts = ["abcdefg", "  abc\n", "abc\ndef", "\tab\tc", "", "\fé  "]
offs = [None, -4, 0, 1, 3, 5, 9, 100]
ends = [None, -5, -1, 0, 2, 4, 8, 100]
elines = [None, 1, 2]
out = []
for t in texts:
    for o in offs:
        for e in ends:
            for el in elines:
                if e is not None and el is None: continue
                if el is not None and e is None: continue
                try:
                    raise SyntaxError("m", ("f.py", 1, o, t, el, e))
                except SyntaxError:
                    err = io.StringIO()
                    old = sys.stderr
                    sys.stderr = err
                    try:
                        sys.stderr.write("".join(__import__("traceback").format_exception_only(*sys.exc_info()[:2])))
                    finally:
                        sys.stderr = old
                    print(repr((t, o, e, el)), repr(err.getvalue().strip()))

import traceback
srcs = ["x = (1,\n", "def f(:\n  pass\n", "  x = 1\n", "if x:\npass\n", "x = 1 +\n", "print 'a'\n",
        "a b c\n", "for x in range(3):\n\tprint(x)\n        print(x)\n", "f(**k, *a)\n", "x = [1, 2\ny = 3\n",
        "'abc\n", '"""abc\n', "x = 1\n  y = 2\n", "class A:\ndef f(): pass\n", "lambda x: yield\n",
        "x += 1 = 2\n", "del f()\n", "1 = x\n", "f(x for x in y, 1)\n", "x = {1: 2, 3}\n",
        "import a.b as\n", "from . import *\n", "def f():\n    return\n  x\n", "a = 1; b = = 2\n",
        "  \t x = 1\n", "x = 'é' + \n", "if True:\n    x = (\n        1,\n    ]\n", "\x0cx = )\n",
        "try:\n    pass\n", "with open(x) as f, :\n    pass\n", "nonlocal x\n", "return 5\n",
        "def f(a, a): pass\n", "async = 1\n", "f'{'\n", "f'{x!z}'\n", "0777\n", "1__0\n", "x = 5 if 3\n"]
for s in srcs:
    try:
        compile(s, '<src>', 'exec')
        print('compiled', repr(s))
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(type(e), e)), end='')
