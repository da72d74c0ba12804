# marshal.dump/load on files (one object after the other) and the nesting limits of both
# directions (2000 levels, whatever the recursion limit).
import io
import marshal

f = io.BytesIO()
for v in [1, 'two', (3.0, [4]), {5: b'6'}]:
    print(marshal.dump(v, f))
marshal.dump(2**70, f, 2)
f.seek(0)
for _ in range(5):
    print(repr(marshal.load(f)))
try:
    marshal.load(f)
except EOFError as e:
    print(type(e).__name__, e)
for call in [lambda: marshal.dump(1, io.BytesIO(), version=2), lambda: marshal.dump(1),
             lambda: marshal.load(), lambda: marshal.load(io.StringIO('x')),
             lambda: marshal.dump(1, 2), lambda: marshal.dump(object(), io.BytesIO())]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

def nest(n):
    v = None
    for _ in range(n):
        v = [v]
    return v

for n in (1998, 1999, 2000, 2001, 5000):
    try:
        data = marshal.dumps(nest(n))
        print(n, 'dumped', len(data))
    except ValueError as e:
        print(n, type(e).__name__, e)
for n in (1998, 1999, 2000, 5000):
    data = b'[\x01\x00\x00\x00' * n + b'N'
    try:
        v = marshal.loads(data)
        depth = 0
        while v is not None:
            v = v[0]
            depth += 1
        print(n, 'loaded', depth)
    except ValueError as e:
        print(n, type(e).__name__, e)
# a deep tuple of tuples and dict of dicts too
try:
    marshal.loads(b')\x01' * 3000 + b'N')
except ValueError as e:
    print(type(e).__name__, e)
try:
    marshal.loads(b'{N' * 3000)
except Exception as e:
    print(type(e).__name__, e)
