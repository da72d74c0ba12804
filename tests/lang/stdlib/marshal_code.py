# marshal round trip of code objects: compile(), dumps, loads, then exec; the attributes
# and tracebacks of the loaded code are those of the original.
import marshal

src = '''
import sys
def outer(a, b=2, *args, c, **kw):
    x = [i * a for i in range(b)]
    def inner(y):
        nonlocal x
        x = x + [y]
        return len(x)
    inner(9)
    return x, c, kw, args
class K:
    """doc"""
    def m(self):
        return {1, 2} | {3}, frozenset({'a'}) < frozenset({'a', 'b'})
async def co():
    return 7
def gen(n):
    try:
        yield from range(n)
    finally:
        print('gen done')
def boom():
    return 1 / 0
print(outer(3, c=4, d=5))
print(K.__doc__, K().m())
print(list(gen(3)))
big = 12345678901234567890, -1.5e300, 3j, b'bytes', ..., None, 'é\\udc80'
print(big)
try:
    co().send(None)
except StopIteration as e:
    print('co', e.value)
'''
code = compile(src, '<marshalled>', 'exec')
data = marshal.dumps(code)
back = marshal.loads(data)
print(type(back).__name__, back.co_filename, back.co_name, back.co_firstlineno)
print([k for k in back.co_consts if type(k) is not type(code)] ==
      [k for k in code.co_consts if type(k) is not type(code)])
print(back.co_names == code.co_names, back.co_varnames == code.co_varnames)
exec(back, {'__name__': 'm'})

def attrs(c):
    return (c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
            c.co_nlocals, c.co_flags, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_names,
            c.co_firstlineno, c.co_filename, c.co_code, c.co_stacksize)

def walk(c):
    yield c
    for k in c.co_consts:
        if type(k) is type(c):
            yield from walk(k)

pairs = list(zip(walk(code), walk(back)))
print(len(pairs), all(attrs(a) == attrs(b) for a, b in pairs))

# a traceback through loaded code is the one through the original (file, lines, columns)
import os
import tempfile
import traceback
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'mod.py')
    with open(path, 'w') as fp:
        fp.write(src)
    shown = []
    for c in (compile(src, path, 'exec'), marshal.loads(marshal.dumps(compile(src, path, 'exec')))):
        ns = {}
        exec(c, ns)
        try:
            ns['outer'](ns['boom'](), c=1)
        except ZeroDivisionError as e:
            text = ''.join(traceback.format_exception(e)).replace(tmp, 'TMP')
            shown.append(text.replace(os.path.abspath(__file__), 'THIS'))
    print(shown[0] == shown[1])
    print(shown[1])

# a function's __code__ round trips too (with defaults and closures kept by the function)
def f(x, y=3):
    return x * y
g = type(f)(marshal.loads(marshal.dumps(f.__code__)), {})
print(g(2, 5), g(x=1, y=2))

# code objects inside containers, shared
t = (f.__code__, f.__code__)
b2 = marshal.loads(marshal.dumps(t))
print(b2[0] is b2[1], b2[0].co_name)

# damaged code data never runs: every truncation is an error
n_err = set()
for cut in range(0, len(data), 7):
    try:
        marshal.loads(data[:cut])
        n_err.add('loaded')
    except (EOFError, ValueError, TypeError, SystemError) as e:
        n_err.add(type(e).__name__)
print(sorted(n_err))

# damaged code data is rejected (or loads as another valid object) and never crashes
small = marshal.dumps(compile('def h(a):\n    return [a, (a, 2)]\n', 'h', 'exec'))
for i in range(len(small)):
    for flip in (1, 0x80, 0xff):
        bad = bytearray(small)
        bad[i] ^= flip
        try:
            marshal.loads(bytes(bad))
        except (EOFError, ValueError, TypeError, SystemError, UnicodeDecodeError, MemoryError) as e:
            pass
print('mutations done')
