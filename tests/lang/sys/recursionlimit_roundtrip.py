# getrecursionlimit/setrecursionlimit round-trip and type checks.
import sys
limit = sys.getrecursionlimit()
print(type(limit).__name__, limit >= 100)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(limit)
print(sys.getrecursionlimit() == limit)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit() == limit)
