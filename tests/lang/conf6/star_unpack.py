def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
a, *b, c = range(5); t(lambda: (a, b, c))
*a, = 'xy'; t(lambda: a)
(a, b), *c = [(1, 2), 3, 4]; t(lambda: (a, b, c))
t(lambda: [*range(3), *'ab', *{1: 2}]); t(lambda: (*[1], *(2,))); t(lambda: {*'aba', *[1]} == {'a', 'b', 1}); t(lambda: {**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*a, **k): return a, k
t(lambda: f(*[1, 2], *(3,), **{'x': 1}, **{'y': 2})); t(lambda: f(**{'x': 1}, **{'x': 2})); t(lambda: f(*None)); t(lambda: f(**None)); t(lambda: f(**{'a': 1}, a=2))
def g(): a, b = 1, 2, 3
t(g)
def g2(): a, b, c = 1, 2
t(g2)
def g3(): a, *b, c = [1]
t(g3)
def g4(): a, b = 5
t(g4)
def g5(): a, b = 'abc'
t(g5)
def g6(): (a, b), c = 1, 2
t(g6)
def g7(): [a, b] = iter([1, 2, 3])
t(g7)
def g8(): a, = []
t(g8)
t(lambda: compile("*a = 1", "s", "exec")); t(lambda: compile("a, *b, *c = 1", "s", "exec")); t(lambda: compile("print(*a for a in b)", "s", "exec")); t(lambda: compile("x = *a", "s", "exec")); t(lambda: compile("del *a", "s", "exec"))
t(lambda: compile("[*a] = b", "s", "exec") is not None); t(lambda: compile("return *a, *b", "s", "exec")); t(lambda: compile("def f(): return *a, *b", "s", "exec") is not None)
t(lambda: compile("for *x in y: pass", "s", "exec")); t(lambda: compile("for x, *y in z: pass", "s", "exec") is not None); t(lambda: compile("f(**a, *b)", "s", "exec")); t(lambda: compile("f(a=1, b)", "s", "exec")); t(lambda: compile("f(**a, b)", "s", "exec"))
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
t(lambda: [(a, b) for a, *b in ['xyz', 'q']])
d = {'k1': 1, 'k2': 2}
t(lambda: [*d]); t(lambda: [*d.items()]); t(lambda: dict([*d.items(), ('k3', 3)]))
first, *_, last = range(100); t(lambda: (first, last))
t(lambda: print(*[], sep='-') or 'printed nothing')
x = y = z = 0; t(lambda: (x, y, z))
x, y = y, x
l = [1, 2, 3]; i = 0
i, l[i] = 1, 9; t(lambda: (i, l))
t(lambda: (lambda *args: args)(*range(3), 9)); t(lambda: max(*[3, 1, 2])); t(lambda: max(*[3])); t(lambda: "{}-{}".format(*'ab'))
t(lambda: [1, 2, 3][1:] + [*'ab'][::-1])
a = [1, 2, 3, 4, 5]
a[1:4] = 'xy'; t(lambda: a)
a[::2] = [0, 0]; t(lambda: a)
del a[::2]; t(lambda: a)
t(lambda: a.__setitem__(slice(0, 5, 2), [1, 2, 3]))
a[:] = range(3); t(lambda: a)
a[len(a):] = [7]; t(lambda: a)
a[-1:-1] = ['ins']; t(lambda: a)
b = a; b += [8]; t(lambda: a is b and a)
s = 'abc'
t(lambda: s[::-1][::-1] == s); t(lambda: s[-100:100]); t(lambda: s[1:-1]); t(lambda: s[2:0:-1]); t(lambda: s[::0])
t(lambda: (1, 2, 3)[::-1]); t(lambda: range(10)[::-3]); t(lambda: list(range(10)[-3:])); t(lambda: b'abc'[::-1]); t(lambda: bytearray(b'abc')[::2])
for s in ['f(*a for a in b)', 'f(x, *a for a in b)', 'f(**a for a in b)', '[*a for a in b]', '(*a for a in b)', '{*a for a in b}', 'f(*a for a in b, x)', 'f(a, *b for b in c, d)', 'f(a=1 for a in b)', 'f(*a async for a in b)', 'f(x for x in y)', 'f(*a, b for b in c)']:
    try:
        compile(s, 's', 'exec')
        print('ok', s)
    except SyntaxError as e:
        print(s, '->', e.msg, e.offset, e.end_offset)
