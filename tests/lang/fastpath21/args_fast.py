# C functions with optional and keyword parameters called positionally (the fast path of
# argument parsing) and with keywords or wrong counts (the general path and its messages).
import random
r = random.Random(3)
print(r.getrandbits(5), r.getrandbits(40) < 2**40, r.getrandbits(0))
for bad in [(), (1, 2)]:
    try:
        r.getrandbits(*bad)
    except TypeError as e:
        print(e)
try:
    r.getrandbits(k=3)
except TypeError as e:
    print(e)
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a b".split(None, 0), "a b  c".split())
print("a,b,c".split(sep=",", maxsplit=1), "x".split(maxsplit=0))
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (5).to_bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", byteorder="little", signed=True))
for call in [lambda: "abc".split(",", 1, 2), lambda: (1).to_bytes(1, "big", True),
             lambda: "abc".split(x=1), lambda: (1).to_bytes(1, "big", signed=1, length=2),
             lambda: "abc".encode("utf-8", "strict", 3), lambda: "abc".startswith()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print("abc".encode(), "abc".encode("ascii"), "é".encode(errors="replace", encoding="ascii"))
print(sorted([3, 1, 2], reverse=True), list(enumerate("ab", 1)), list(enumerate("ab", start=5)))
print(round(2.675, 2), round(5), divmod(7, 2), pow(2, 10, 1000), "ab".center(6, "*"))
