from pathlib import PurePosixPath as P
seed = 3
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
segs = ['', '/', '//', '.', '..', 'a', 'b.txt', '.hid', 'c.tar.gz', 'x.', '*', 'd']
def mk():
    return ''.join(segs[rnd(len(segs))] + ('/' if rnd(2) else '') for _ in range(rnd(5)))
def show(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ': ' + str(e)
for trial in range(150):
    s, t = mk(), mk()
    p, q = P(s), P(t)
    print(repr(s), repr(t), p, p.parts, repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.parent, list(p.parents), p / q)
    print('  ', show(lambda: p.relative_to(q)), show(lambda: p.match(t)), show(lambda: p.with_suffix('.x')), show(lambda: p.with_name(t)), p == q, p < q, hash(p) == hash(P(str(p))))
