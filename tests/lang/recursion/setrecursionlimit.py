# sys.setrecursionlimit allows deeper recursion.
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(depth(10))
