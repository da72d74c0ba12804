# normalize() and is_normalized() cut the text at quick-check boundaries (a character with
# quick check Yes and combining class 0) and normalize only the segments that need it,
# copying the rest: mixed scripts, combining marks in and out of canonical order, Hangul
# jamo and syllables, compatibility characters, and text that is already normalized in one
# form and not in another, with the dirty part at the start, the middle or the end.
import unicodedata as u

class S(str):
    pass

pieces = ['plain ascii ', 'Ünïcödé ', 'Straße ', 'ΑΣ ΌΔΟΣ ', 'ОДОС ', '漢字 ', 'ǅ ', 'ﬁ ', '½ ',
          'ẹ́ ', 'e\u0323\u0301 ', 'e\u0301\u0323 ', 'a\u0315\u0300\u05ae\u0300b ',
          '가각 ', '\u1100\u1161\u11a8 ', '\u1100\u1161 \u11a8 ', '\uac00\u11a8 ', 'ℌ ',
          '\u1e9b\u0323 ', '\u0344 ', '\u212b ', 'Å ', 'A\u030a ', '\u0b47\u0b3e ',
          '\u0dd9\u0dcf\u0dca ', '\u0f73 ', '\U0001d15e ', '\U000110ab\U000110ba ',
          '\ud800 ', 'x\u0301\u0301 ', '\u3099\u309a ', '\u00c7\u0301 ', 'ﾊﾟ ', '①②③ ']
forms = ('NFC', 'NFD', 'NFKC', 'NFKD')
for p in pieces:
    for form in forms:
        r = u.normalize(form, p)
        print(form, ascii(p), ascii(r), r is p, u.is_normalized(form, p))
# each piece inside long clean text, at the start, in the middle and at the end
clean = 'The quick brown fox jumps over the lazy dog; Ελληνικά, Русский, 日本語. ' * 3
for p in pieces:
    for text in (p + clean, clean + p + clean, clean + p):
        for form in forms:
            for s in (text, S(text)):
                r = u.normalize(form, s)
                print(form, len(s), len(r), type(r).__name__, r is s, r == s,
                      u.is_normalized(form, s), ascii(r) if len(r) < 40 else sum(map(ord, r)))
# pairs of pieces: normalizing the concatenation equals concatenating only where the
# first piece ends at a boundary; compare whole results
for a in pieces:
    for b in pieces:
        for form in forms:
            r = u.normalize(form, a + b)
            print(form, ascii(r), r == u.normalize(form, r), u.is_normalized(form, a + b))
# long texts with many distinct non-ASCII characters (code points 64 apart share the
# per-call cache slot of normalize's character answers)
import zlib
for lo, hi, step in ((0xC0, 0x3000, 1), (0x300, 0x370, 1), (0xAC00, 0xAD00, 1),
                     (0x1E00, 0x1F00, 1), (0xF900, 0xFB50, 1), (0x80, 0x30000, 64)):
    text = "".join(chr(c) + ("\u0301" if c % 3 == 0 else "") + ("\u0323" if c % 5 == 0 else "")
                   for c in range(lo, hi, step) if not 0xD800 <= c < 0xE000)
    for form in forms:
        r = u.normalize(form, text)
        print(form, hex(lo), len(text), len(r), zlib.crc32(r.encode("utf-8", "surrogatepass")),
              u.is_normalized(form, text), u.is_normalized(form, r), r is text)
