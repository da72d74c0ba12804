# None compares equal only to itself and cannot be ordered; sorting with None needs a key.
vals = [3, None, 1, None, 2]
try:
    sorted(vals)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(vals, key=lambda v: (v is None, v or 0)))
print([v for v in vals if v is not None])
print(vals.count(None), vals.index(None), None in vals)
print(None == 0, None == '', None == [], None is None)
print(max([1, 2], default=None), min([], default=None))
print({None: 'x'}.get(None), [None] * 2 == [None, None])
print(str(None) == 'None', repr(None), f'{None}', '%s' % None)
print(hash(None) == hash(None))
