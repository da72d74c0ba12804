# sorted() returns a new list, is stable, honours key= and reverse=, and checks arguments.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

data = [3, 1, 2]
out = sorted(data)
print(out, data, out is data)
show('str', lambda: sorted('banana'))
show('reverse', lambda: sorted([1, 3, 2], reverse=True))
show('reverse int', lambda: sorted([1, 3, 2], reverse=1))
show('key', lambda: sorted(['Bb', 'aa', 'C'], key=str.lower))
show('stable', lambda: sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0]))
show('stable reverse', lambda: sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda t: t[0], reverse=True))
show('dict', lambda: sorted({'b': 1, 'a': 2}))
show('set', lambda: sorted({5, 3, 9}))
show('gen', lambda: sorted(x % 4 for x in range(8)))
show('key None', lambda: sorted([2, 1], key=None))
show('no args', lambda: sorted())
show('two args', lambda: sorted([3, 1], None))
show('bad kw', lambda: sorted([1], foo=1))
show('not iterable', lambda: sorted(1))
show('mixed', lambda: sorted([1, 'a']))
show('reverse float', lambda: sorted([1], reverse=1.5))
