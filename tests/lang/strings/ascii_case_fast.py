# capitalize(), title() and swapcase() of ASCII strs (str_methods.c ascii_map: byte rules)
# against the Unicode path: letters, digits, apostrophes, separators, every ASCII byte,
# str subclasses, and a non-ASCII str that must not take the ASCII path.
import itertools
words = ["", "a", "A", "abc", "ABC", "aBc", "hello world", "HELLO WORLD", "o'neil mc-donald", "x1y2 z3", "1abc", "ab1cd", "  lead", "trail  ", "__init__", "a.b,c;d", "ÀB", "tHiS iS a TeSt", "don't", "3rd place", "\tTab\nnew"]
for w in words:
    print(repr(w), repr(w.capitalize()), repr(w.title()), repr(w.swapcase()), repr(w.upper()), repr(w.lower()))
allb = "".join(chr(c) for c in range(128))
print(repr(allb.capitalize()), repr(allb.title()), repr(allb.swapcase()))
for a, b in itertools.product("aZ1 _'", repeat=2):
    print(repr((a + b).title()), end=" ")
print()
class S(str): pass
print(repr(S("hello there").title()), type(S("x").title()).__name__, repr(S("aB").swapcase()), repr(S("aB").capitalize()))
# ASCII characters inside non-ASCII strs take str_methods.c add_map's ASCII branch
mixed = "\u00e9" + allb + "\u03a3 " + allb[::-1] + "\u00df"
for m in (mixed.upper(), mixed.lower(), mixed.casefold(), mixed.title(), mixed.capitalize(), mixed.swapcase()):
    print(ascii(m))
