# all()/any() short-circuit, consume iterators lazily and propagate errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('all', lambda: (all([]), all([1, 2]), all([1, 0]), all('abc')))
show('any', lambda: (any([]), any([0, 0]), any([0, 1]), any('')))
seen = []
def noisy(v):
    seen.append(v)
    return v
print(any(noisy(v) for v in [0, 3, 5]), seen)
seen.clear()
print(all(noisy(v) for v in [1, 0, 5]), seen)
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
show('not iterable', lambda: any(1))
show('two args', lambda: all([1], [2]))
show('keyword', lambda: any(iterable=[1]))
class Bad:
    def __bool__(self):
        raise RuntimeError('no truth')
show('bad truth', lambda: all([Bad()]))
