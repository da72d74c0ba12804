# marshal.dumps of data values: the bytes (as hex) must be CPython's, for every version.
import marshal

big = 10**30
name = 'hello world'
bz = b'zz'
e1 = []
e2 = [e1]
one = [1]
values = [
    None, True, False, ..., StopIteration,
    0, 1, -1, -5, 255, 256, 300, 1000, -1000, 2**31 - 1, -2**31, 2**31, -2**31 - 1,
    2**62, 2**63, -2**63, 2**64 + 7, big, -big, 2**100 - 1, 32767, 32768, 2**45,
    0.0, -0.0, 1.5, 0.1, -2.5e-300, 1e100, float('inf'), float('-inf'),
    1j, 1.5 - 2j, complex(0.1, -0.0),
    '', 'a', 'abc', 'x_1', name, 'é', 'aé', '\udc80', '€uro', '\U0001f600', 'a b',
    'x' * 255, 'x' * 256, 'y' * 300,
    b'', b'ab', b'\x00\xff', bytearray(b'x'), bytearray(),
    (), (1,), (1, 2), (1, (2, (3,))), tuple(range(300)),
    [], [1, 2], [e1, e2], {}, {1: 2}, {'a': None, 'b': one},
    set(), frozenset(), {1}, frozenset({1}), {7, 8}, frozenset({(1, 2)}), {'b', 'a', 'c'},
    frozenset({300, 2, -1, 'x', 'é', 1.5, b'y', None}),
    (name, name), [big, big], ('a', 'a'), [1.5, 1.5], (bz, bz),
]
for v in values:
    # (sets of str print in hash order: only their size is shown)
    shown = repr(v) if not isinstance(v, (set, frozenset)) else f'{type(v).__name__} of {len(v)}'
    print(shown[:40], marshal.dumps(v).hex()[:160])

for version in range(5):
    print('version', version)
    for v in [0.1, float('nan'), -0.0, 1e100, 1e-5, complex(0.1, -2), 'abc', 'a b', 'é', (1, 2),
              [name, name], {3: 4}, 2**40]:
        print(' ', repr(v)[:30], marshal.dumps(v, version).hex()[:120])
print(marshal.dumps(1, 5).hex(), marshal.dumps(1, 99).hex(), marshal.dumps(1, -1).hex())

shared = [1, 2]
inner = (shared,)
outer = [shared, shared, inner]
print(marshal.dumps(outer).hex())
l = []
l.append(l)
print(marshal.dumps(l).hex())
d = {}
d['self'] = d
print(marshal.dumps(d).hex())
for version in (0, 2):
    try:
        marshal.dumps(l, version)
    except ValueError as e:
        print(version, type(e).__name__, e)
print(marshal.version)
