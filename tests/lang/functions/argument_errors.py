# TypeError messages for wrong argument counts and names.
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    pass
def h():
    pass
calls = [
    lambda: f(1), lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=2), lambda: f(1, 2, a=3),
    lambda: g(), lambda: g(1), lambda: g(1, 2, 3), lambda: h(1), lambda: h(x=1),
    lambda: f(b=1),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__ + ':', e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(type(e).__name__ + ':', e)
try:
    C().m(1, 2)
except TypeError as e:
    print(type(e).__name__ + ':', e)
def k(a, b, c):
    pass
try:
    k(1)
except TypeError as e:
    print(type(e).__name__ + ':', e)
