# Calls of builtin functions and of methods of builtin types through the eval loop's
# lean path (positional arguments viewed on the value stack): argument-count and keyword
# errors, bound builtin methods kept and called later, subclasses overriding or
# inheriting the methods, method descriptors called with a wrong self.

def err(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", r)

l = [3, 1, 2]
d = {'k': 1}
s = {1, 2}

# builtin functions, wrong counts and keywords
err(lambda: len())
err(lambda: len(l, l))
err(lambda: len(obj=l))
err(lambda: len(l))
err(lambda: len(5))
err(lambda: abs())
err(lambda: abs(1, 2))
err(lambda: abs(x=1))
err(lambda: isinstance(1))
err(lambda: isinstance(1, int, 2))
err(lambda: isinstance(1, int))
err(lambda: isinstance(obj=1, class_or_tuple=int))
err(lambda: repr())
err(lambda: hash(1, 2))
err(lambda: getattr(l))
err(lambda: getattr(l, 'x', 1, 2))
err(lambda: divmod(7))
err(lambda: ord())
err(lambda: chr(1, 2))
err(lambda: iter())
err(lambda: next())
err(lambda: min())
err(lambda: sorted())
err(lambda: callable())
err(lambda: id())
err(lambda: len(*[l]))
err(lambda: len(*[l, l]))
err(lambda: len(**{}))
err(lambda: len(*[], **{'obj': l}))

# methods of builtin types, wrong counts and keywords
err(lambda: d.get())
err(lambda: d.get('k', 1, 2))
err(lambda: d.get(key='k'))
err(lambda: d.get('k'))
err(lambda: d.get('z', 5))
err(lambda: s.add())
err(lambda: s.add(1, 2))
err(lambda: s.add(x=1))
err(lambda: s.discard())
err(lambda: s.discard(1, 2))
err(lambda: l.append())
err(lambda: l.append(1, 2))
err(lambda: l.pop(0, 1))
err(lambda: l.index())
err(lambda: l.count())
err(lambda: l.copy(1))
err(lambda: l.clear(1))
err(lambda: 'abc'.upper(1))
err(lambda: 'abc'.split(',', 1, 2))
err(lambda: 'abc'.startswith())
err(lambda: (1).bit_length(2))
err(lambda: d.keys(1))
err(lambda: d.setdefault())
err(lambda: d.pop())
err(lambda: d.update(1, 2))

# method descriptors called through the type, wrong self
err(lambda: dict.get({'a': 1}, 'a'))
err(lambda: dict.get([], 'a'))
err(lambda: dict.get())
err(lambda: set.add(frozenset(), 1))
err(lambda: list.append((), 1))
err(lambda: str.upper(1))
err(lambda: str.upper())
err(lambda: int.bit_length(True))

# bound builtin methods stored and called later
app = l.append
get = d.get
add = s.add
for i in range(3):
    app(i)
    add(i * 10)
print(l, sorted(s), get('k'), get('q', 'dflt'))
err(lambda: app())
err(lambda: get())
err(lambda: add(1, 2))
m = [].pop
err(m)
lenf = len
print(lenf([1, 2]), lenf(d))
print([f(x) for f, x in [(len, 'ab'), (abs, -3), (repr, 'x'), (str, 4)]])

# subclasses: overriding methods, inheriting them, overriding __len__
class D(dict):
    def get(self, k, default=None):
        return ('D.get', k, default)

class D2(dict):
    pass

class S(set):
    def add(self, x):
        print('S.add', x)
        set.add(self, x * 2)

class S2(set):
    pass

class L(list):
    def __len__(self):
        return 42

dd = D(k=1)
d2 = D2(k=2)
ss = S()
s2 = S2()
for i in range(3):
    print(dd.get('k'), dd.get('z', 0), d2.get('k'), d2.get('z', 9))
    ss.add(i)
    s2.add(i)
print(sorted(ss), sorted(s2), len(L([1])), len(D2(a=1, b=2)))
err(lambda: d2.get())
err(lambda: s2.add())
err(lambda: dict.get(d2, 'k'))
err(lambda: set.add(ss, 100))
print(sorted(ss))

# a method replaced on the instance type later
class D3(dict):
    pass
d3 = D3(k=3)
out = []
for i in range(4):
    if i == 2:
        D3.get = lambda self, k: ('patched', k)
    out.append(d3.get('k'))
print(out)

# builtins shadowed by globals and restored
def use_len():
    return len([1, 2, 3])
print(use_len())
len = lambda x: 'shadow'
print(use_len())
del len
print(use_len())

# exceptions from inside a builtin keep their traceback line
def bad():
    return int('x')
try:
    bad()
except ValueError as e:
    print(e, e.__traceback__.tb_next.tb_lineno)
