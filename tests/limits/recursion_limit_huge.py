# sys.setrecursionlimit(10**6) then unbounded recursion gives RecursionError, never a C
# stack overflow (CPython 3.11 segfaults here, so the expected output is written by hand).
import sys
sys.setrecursionlimit(10**6)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError:
    print("RecursionError")
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(50000))
