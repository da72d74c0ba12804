# Deep recursion never crashes: either it succeeds or RecursionError is raised cleanly.
import sys
sys.setrecursionlimit(10**6)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
try:
    r = f(10**5)
    print('done')
except RecursionError:
    print('done')
sys.setrecursionlimit(1000)
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(f(900))
def mutual(n):
    return [mutual(n + 1)]
try:
    mutual(0)
except RecursionError:
    print('mutual ok')
class R:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    R().x
except RecursionError:
    print('getattr recursion ok')
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    next(gen_rec(0))
except RecursionError:
    print('generator recursion ok')
print(f(500))
