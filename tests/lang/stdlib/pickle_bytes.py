# pickle: byte-exact output for builtin types over protocols 0-5, and round trips.
import pickle
class A: pass
for o in [None, True, False, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**64, -2**64, 2**2000, 0, 1.5, -0.0, 1e300, 1j, "ab", "", "é€😀", "a\nb\\c\0", b"", b"xy", bytearray(b"ab"), bytearray(), (), (1,), (1,2), (1,2,3), (1,2,3,4), [], [1,[2]], {"a":1}, {}, {1,2,3}, frozenset([1]), set(), frozenset(), A, len, dict.fromkeys, list(range(2500)), {i: i for i in range(1500)}, "x"*70000, b"y"*70000, [b"z"*70000, b"z"*10]]:
    for p in range(6):
        a = pickle.dumps(o, p)
        b = pickle.loads(a)
        if b != o and o == o:
            print("MISMATCH", repr(o)[:50], p, repr(b)[:50])
        print(p, repr(a)[:200], len(a))
