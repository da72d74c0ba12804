import sys
print("next request works", sum(range(10)), sys.getrecursionlimit())
