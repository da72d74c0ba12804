# array lacked fromfile/tofile, rejected keyword arguments meant for a subclass's __init__ ("array.array() takes no keyword arguments") and a.__imul__('bad') returned NotImplemented instead of raising TypeError
import array, io

a = array.array('h', [1, -2, 300])
f = io.BytesIO()
print(a.tofile(f), f.getvalue())
array.array('b').tofile(f)
print(f.getvalue())
f.seek(0)
b = array.array('h')
print(b.fromfile(f, 2), b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e, b)
for bad in (-1, 'x'):
    try:
        b.fromfile(io.BytesIO(b''), bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class StrReader:
    def read(self, n): return 'abc'
try:
    b.fromfile(StrReader(), 1)
except TypeError as e:
    print('TypeError', e)
try:
    b.fromfile(io.BytesIO(b'abc'), 2)
except ValueError as e:
    print('ValueError', e, b)
try:
    a.tofile(io.StringIO())
except TypeError as e:
    print('TypeError', e)
big = array.array('d', range(10000))
f = io.BytesIO()
big.tofile(f)
f.seek(0)
c = array.array('d')
c.fromfile(f, 10000)
print(c == big)

class WithKw(array.array):
    def __init__(self, typecode, newarg=None):
        array.array.__init__(self)
        self.newarg = newarg
w = WithKw('b', newarg=1)
print(type(w).__name__, w, w.newarg)
try:
    array.array('b', initializer=[1])
except TypeError as e:
    print('TypeError', e)

x = array.array('i', [1, 2])
for op in (lambda: x.__imul__('bad'), lambda: x.__imul__(1.5)):
    try:
        op()
    except TypeError as e:
        print('TypeError')
x *= 2
print(x)
