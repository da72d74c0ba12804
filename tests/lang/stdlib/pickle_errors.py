# pickle: error messages, dump/load on files, persistent ids, Pickler/Unpickler classes.
import pickle, io, sys, re

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', repr(r)[:120])
    except Exception as e:
        print(type(e).__name__, re.sub("0x[0-9a-f]+", "0x?", str(e)))

def local():
    class L: pass
    return L
show(pickle.dumps, lambda: 0)
show(pickle.dumps, local())
show(pickle.dumps, local()())
show(pickle.dumps, (x for x in []))
show(pickle.dumps, sys)

show(pickle.dumps, 1, 6)
show(pickle.dumps, 1, -1)
show(pickle.dumps, 1, protocol=3)
show(pickle.loads, 'abc')
show(pickle.loads, b'')
show(pickle.loads, b'\x80\x04')
show(pickle.loads, b'\x80\x04K')
show(pickle.loads, b'0.')
show(pickle.loads, b'\x80\x09N.')
show(pickle.loads, b'\xff')
show(pickle.loads, b'z')
show(pickle.loads, b"'")
show(pickle.loads, b'h\x05.')
show(pickle.loads, b'X\x05\x00\x00\x00ab')
show(pickle.loads, b'a.')
show(pickle.loads, b'(t0.')
show(pickle.loads, b'1.')
show(pickle.loads, b'K\x01\x8c\x03len\x93.')
show(pickle.loads, b'\x8c\x08builtins\x8c\x03nop\x93.')
show(pickle.loads, b'N.extra')
show(pickle.loads, b'S\'a\\nb\'\n.')
show(pickle.loads, b'U\x03abc.')
show(pickle.loads, b'U\x03abc.', encoding='bytes')
show(pickle.loads, b'I01\n.')
show(pickle.loads, b'L123L\n.')
show(pickle.loads, b'F1.5\n.')
show(pickle.loads, b'c__builtin__\nset\n(]K\x01atR.')
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))

f = io.BytesIO()
pickle.dump({'a': [1, 2]}, f)
pickle.dump('second', f, protocol=0)
f.seek(0)
print(pickle.load(f), pickle.load(f))
show(pickle.load, f)

class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, str) and obj.startswith('ext:'):
            return obj[4:]
        return None
class U(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'loaded-' + pid
for proto in (0, 2, 4):
    f = io.BytesIO()
    P(f, proto).dump(['ext:one', 'plain'])
    print(f.getvalue())
    f.seek(0)
    print(U(f).load())
f.seek(0)
show(pickle.Unpickler(f).load)
p = pickle.Pickler(io.BytesIO())
p.dump([1])
p.clear_memo()
show(pickle.Pickler, 5)

class Bad:
    def __reduce__(self):
        return 5
class Bad2:
    def __reduce__(self):
        return (1,)
class Bad3:
    def __reduce__(self):
        return (Bad3, [])
class Bad4:
    def __reduce__(self):
        return ('notcallable', ())
class NameRed:
    def __reduce__(self):
        return 'show'
for c in (Bad, Bad2, Bad3, Bad4, NameRed):
    show(pickle.dumps, c())
deep = []
for i in range(100000):
    deep = [deep]
show(pickle.dumps, deep)
