# marshal data whose tuple refers back to itself from a set item or dict key: loading must
# not hash the half-built tuple (its hash would go stale). CPython 3.11 crashes on these
# inputs (NULL items), so the expected output is safepy's, checked by hand.
import marshal
cases = [
    bytes([0xa9, 1, 0x3e, 1, 0, 0, 0, 0x72, 0, 0, 0, 0]),          # (frozenset({<itself>}),)
    bytes([0xa9, 1, 0x7b, 0x72, 0, 0, 0, 0, 0x4e, 0x30]),           # ({<itself>: None},)
    bytes([0xa9, 2, 0xa9, 1, 0x72, 0, 0, 0, 0, 0x3c, 1, 0, 0, 0, 0x72, 1, 0, 0, 0]),  # ((t,), {(t,)})
]
for b in cases:
    try:
        print(marshal.loads(b))
    except ValueError as e:
        print('ValueError', e)
# legit self-reference through a list still loads
l = []
t = (l, 1)
l.append(t)
u = marshal.loads(marshal.dumps(t))
print(u[0][0] is u, u[1])
