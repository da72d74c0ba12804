# inspect.getcallargs: missing-argument errors list 3+ names without the serial comma
import inspect


def f6(a, b, c, d=1, *, e, f, g, h=2):
    pass


for args, kw in (((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}),
                 ((1, 2, 3), {'e': 1}), ((1, 2, 3), {'e': 1, 'f': 2})):
    try:
        inspect.getcallargs(f6, *args, **kw)
    except TypeError as e:
        print(e)
    try:
        f6(*args, **kw)
    except TypeError as e:
        print('call:', e)
