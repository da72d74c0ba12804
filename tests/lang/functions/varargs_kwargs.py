# *args collects extra positionals as a tuple; **kwargs collects keywords as a dict.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{'y': 5}))
def g(a, b=0, *rest, key='k', **extra):
    return a, b, rest, key, extra
print(g(1))
print(g(1, 2, 3, 4, key='K', z=26))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def describe(**info):
    return ', '.join(f'{k}={v}' for k, v in info.items())
print(describe(name='x', size=3))
