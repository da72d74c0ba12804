# marshal.dumps of nested frozensets: each set's items are ordered by their standalone
# dumps (as CPython 3.11), made once per object here. CPython makes them again for every
# enclosing set (time exponential in the nesting: depth 300 below does not finish there)
# and restarts its depth count in each, so 2000 levels run for minutes before the error;
# the expected output is written by hand (the depth-8 bytes were compared with CPython's).
import marshal
s = frozenset()
for i in range(8):
    s = frozenset([s, i, (i, i + 1)])
print(marshal.dumps(s).hex())
for i in range(8, 300):
    s = frozenset([s, i, (i, i + 1)])
print(marshal.loads(marshal.dumps(s)) == s)
n = frozenset()
for i in range(2000):
    n = frozenset([n])
try:
    marshal.dumps(n)
except ValueError as e:
    print(e)
