# sys._getframe's depth is a C int: huge depths gave "cannot fit 'int' into an index-sized integer" or "call stack is not deep enough" instead of OverflowError; the C-int argument check is now one shared helper (random.getrandbits, os.strerror, chr, __import__ level)
import os
import random
import sys
for d in [0, -1, -10**30, 10**30, 2**40, 2**31, -2**31 - 1, 5000, 1]:
    try:
        print(sys._getframe(d).f_code.co_name)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for f in [lambda: sys._getframe(1, 2), lambda: sys._getframe(depth=0), lambda: sys._getframe(1.0),
          lambda: random.getrandbits(2**40), lambda: random.getrandbits(-1),
          lambda: random.getrandbits(1.5), lambda: os.strerror(2**70), lambda: os.strerror('x'),
          lambda: chr(2**70), lambda: chr(-2**40), lambda: __import__('os', level=2**40),
          lambda: sys.setrecursionlimit(2**40)]:
    try:
        print(f())
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
