# io.StringIO / io.BytesIO: __getstate__/__setstate__, so copy.copy, copy.deepcopy and
# pickle work (session 13 left "cannot pickle 'StringIO' object")
import copy
import io
import pickle

s = io.StringIO('ab\r\ncd\ref', newline=None)
s.read(3)
s.tag = 'x'
print(s.__getstate__())
for dup in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s)),
            pickle.loads(pickle.dumps(s, 2))):
    print(type(dup).__name__, repr(dup.getvalue()), dup.tell(), dup.tag, dup is s, repr(dup.read()))

for nl in ('\n', '', '\r', '\r\n', None):
    t = io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), t.__getstate__())
    c = copy.copy(t)
    print(' ', repr(c.getvalue()), c.readlines())
    c.write('\n')
    print(' ', repr(c.getvalue()))

print(io.StringIO().__getstate__(), io.BytesIO().__getstate__())
t = io.StringIO('xy')
t.seek(10)
print(t.__getstate__())
u = io.StringIO('ééé')
u.seek(2)
print(copy.copy(u).read(), copy.copy(u).tell())

b = io.BytesIO(b'hello world')
b.seek(6)
b.extra = [1, 2]
print(b.__getstate__())
for dup in (copy.copy(b), copy.deepcopy(b), pickle.loads(pickle.dumps(b))):
    print(type(dup).__name__, dup.getvalue(), dup.tell(), dup.extra, dup.read())
d = copy.deepcopy(b)
print(d.extra is b.extra, copy.copy(b).extra is b.extra)

# __setstate__ replaces the value without newline translation and updates the dict
s = io.StringIO('abc')
s.a = 1
s.__setstate__(('q\r\nr', None, 1, {'b': 2}))
print(repr(s.getvalue()), s.tell(), sorted(s.__dict__.items()))
s.__setstate__(('ab', None, 0, None, 'extra items are ignored'))
print(repr(s.getvalue()))
s.__setstate__((None, '\n', 0, None))
print(repr(s.getvalue()))
b = io.BytesIO(b'xy')
b.__setstate__((b'abc', 7, None))
print(b.tell(), b.read(), b.getvalue())
b.__setstate__((bytearray(b'ba'), True, {}, 'more'))
print(b.tell(), b.getvalue(), b.__dict__)
b.__setstate__((memoryview(b'mv'), 0, None))
print(b.getvalue())

for st in [(1,), ('a', None, 0), (1, None, 0, None), ('a', 5, 0, None), ('a', 'x', 0, None),
           ('a', None, -1, None), ('a', None, 'x', None), ('a', None, 2**70, None),
           ('a', None, 0, 5), ['a', None, 0, None], 'abcd']:
    try:
        io.StringIO().__setstate__(st)
        print('ok', st)
    except Exception as e:
        print(type(e).__name__, e)
for st in [(1,), (b'a', 0), ('a', 0, None), (b'a', -1, None), (b'a', 'x', None),
           (b'a', 2**70, None), (b'a', 0, 5), [b'', 0, None], bytearray(b'abc')]:
    try:
        io.BytesIO().__setstate__(st)
        print('ok', st)
    except Exception as e:
        print(type(e).__name__, e)

for cls in (io.StringIO, io.BytesIO):
    f = cls()
    f.close()
    for call in (f.__getstate__, lambda: f.__setstate__(('', None, 0, None)),
                 lambda: copy.copy(f)):
        try:
            call()
        except ValueError as e:
            print(cls.__name__, e)


class Sub(io.StringIO):
    pass


x = Sub('sub')
x.k = 3
y = copy.deepcopy(x)
print(type(y).__name__, y.getvalue(), y.k)
