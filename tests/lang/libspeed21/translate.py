class D(dict):
    def __missing__(self, k): return 'M'
print("abc".translate(D({97: 'x'})))
print("abc\u00e9\u4e00".translate({97: None, 98: 'yy', 99: 0x4e00, 0xe9: 65}))
class G:
    def __getitem__(self, k):
        if k == 98: raise IndexError
        return k + 1
print("abc".translate(G()))
for t in ({97: -1}, {97: 0x110000}, {97: 1.5}):
    try: print("abc".translate(t))
    except Exception as e: print(type(e).__name__, e)
print("aaaa".translate({ord('a'): 'bc'}), "".translate({}), "xyz".translate({}))
print("  a\tb\nc \x0b".translate(dict.fromkeys(map(ord, '\t\n\x0b\x0c\r '), ord(' '))))
print("h\u00e9llo w\u00f6rld".translate({0xe9: 'e', 0xf6: None, 108: 'L'}))
t = {97: 'A'}
print("abab".translate(t), t)
print("aba".translate({97: 98, 98: 'xyz'}), "aba".translate({97: True}))
