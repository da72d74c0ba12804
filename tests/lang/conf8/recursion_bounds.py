import sys
def f(n): return 0 if n == 0 else 1 + f(n - 1)
for n in (990, 996, 997, 998, 999, 1000, 1005):
    try:
        print(n, f(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
def g(n): return g(n + 1)
try: g(0)
except RecursionError as e: print("g", e)
sys.setrecursionlimit(100)
for n in (95, 96, 97, 98, 99, 100):
    try: print(n, f(n))
    except RecursionError: print(n, "RecursionError")
l = []
for i in range(100000): l = [l]
try: print(len(str(l)))
except RecursionError as e: print("str nested", e)
d = {}
for i in range(10000): d = {"k": d}
import json
try: json.dumps(d)
except RecursionError as e: print("json", e)
