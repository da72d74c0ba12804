# Deep recursion through repr, comparison and Python calls raises RecursionError, not a crash.
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("repr:", e)
a = []; b = []
for i in range(100000):
    a = [a]; b = [b]
try:
    a == b
except RecursionError as e:
    print("eq:", e)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("call:", e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print("dict repr:", type(e).__name__)
print("alive")
