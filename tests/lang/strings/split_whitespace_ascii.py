# str.split() / rsplit() with no separator: every ASCII code point (the byte fast path)
# and the non-ASCII whitespace, mixed, with maxsplit.
ws = [c for c in range(0x3001) if chr(c).isspace()]
print([hex(c) for c in ws])
for c in range(128):
    s = "a" + chr(c) + "b" + chr(c) + chr(c) + "c"
    print(c, s.split(), s.rsplit(), s.split(maxsplit=1), s.rsplit(None, 1))
for c in ws:
    s = chr(c) + "x" + chr(c) + "\u00e9y" + chr(c)
    print(hex(c), [p.encode("utf-8") for p in s.split()], len(s.rsplit(maxsplit=1)))
mixed = " \t\x1c\u2003one\x1ftwo\u00a0three\r\nfour\x0bfive\x85six "
print(mixed.split(), mixed.rsplit(), mixed.split(None, 2), mixed.rsplit(None, 2))
print("".split(), "   ".split(), " \x1d ".rsplit(), "x".split(maxsplit=0), " x y ".split(maxsplit=0))
print("\x80\x81a\x7fb".split(), "é ü".split(), "a\u3000b\u2028c".split())
