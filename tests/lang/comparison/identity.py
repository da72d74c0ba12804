# is / is not test identity, distinct from equality.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
x = object()
print(x is x, x is not object())
t = ()
print(t == (), () == tuple(), len(t))
s1 = 'hello'
s2 = s1
print(s1 is s2)
class Tok:
    pass
MISSING = Tok()
def get(d, k, default=MISSING):
    v = d.get(k, MISSING)
    if v is MISSING:
        return 'missing' if default is MISSING else default
    return v
print(get({'a': 1}, 'a'), get({}, 'a'), get({}, 'a', 0))
print(True is True, (1 == 1) is True, bool(0) is False)
