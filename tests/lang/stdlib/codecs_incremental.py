# codecs' incremental encoders/decoders for every codec safepy has: pieces split at every
# byte, getstate/setstate/reset, the utf-16/32 BOM state, utf-8-sig, iterencode/iterdecode.
import codecs

text = "a\xe9\u20ac\U0001f600z\r\n\u0439"
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
            "utf-32-le", "utf-32-be", "unicode_escape", "raw_unicode_escape"]:
    data = text.encode(enc)
    for step in (1, 2, 3, 5):
        d = codecs.getincrementaldecoder(enc)()
        out = [d.decode(data[i:i + step]) for i in range(0, len(data), step)]
        out.append(d.decode(b"", True))
        assert "".join(out) == text, (enc, step, out)
    d = codecs.getincrementaldecoder(enc)()
    print(enc, [d.decode(data[i:i + 1]) for i in range(len(data))][:8], d.getstate())
    e = codecs.getincrementalencoder(enc)()
    print(enc, [e.encode(c) for c in text[:4]], e.encode("", True), e.getstate())
    e.reset()
    print(enc, e.encode("x"), e.getstate())

for enc in ["latin-1", "ascii", "cp1252", "cp437", "iso8859-15", "koi8-r", "mac_roman",
            "cp850", "cp1251", "iso8859-2"]:
    t = "abc\xe9" if enc not in ("ascii", "koi8-r", "cp1251") else "abc"
    d = codecs.getincrementaldecoder(enc)(errors="replace")
    print(enc, [d.decode(bytes([b])) for b in t.encode(enc) + b"\x81\x8d\xff"], d.getstate())
    e = codecs.getincrementalencoder(enc)(errors="xmlcharrefreplace")
    print(enc, e.encode(t + "\u2603"), e.getstate())

d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"x\xe2\x82")), d.getstate())
st = d.getstate()
d.reset()
print(d.getstate(), repr(d.decode(b"\xac")) if False else "")
d.setstate(st)
print(repr(d.decode(b"\xac")))
for bad in [b"\xff", b"a\xe0\x80", b"\xed\xa0\x80", b"\xf4\x90", b"\xc0\xaf"]:
    d = codecs.getincrementaldecoder("utf-8")()
    try:
        print(repr(d.decode(bad)), d.getstate())
    except UnicodeDecodeError as e:
        print("error", e.start, e.end, e.reason)
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xe2\x82")), repr(d.decode(b"", True)))
d = codecs.getincrementaldecoder("utf-8")()
d.decode(b"\xf0\x9f")
try:
    d.decode(b"", final=True)
except UnicodeDecodeError as e:
    print(e)

# utf-16: the byte order comes from the BOM
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xfe")), d.getstate())
print(repr(d.decode(b"\xff\x00")), d.getstate())
print(repr(d.decode(b"a\x00b")), d.getstate())
d.setstate((b"", 0))
print(repr(d.decode(b"c\x00")), d.getstate())
d.reset()
print(d.getstate())
try:
    codecs.getincrementaldecoder("utf-16")().decode(b"a\x00")
except UnicodeError as e:
    print(type(e).__name__, e)
try:
    codecs.getincrementaldecoder("utf-32")().decode(b"a\x00\x00\x00")
except UnicodeError as e:
    print(type(e).__name__, e)
e = codecs.getincrementalencoder("utf-16")()
print(e.getstate(), e.encode("a"), e.getstate(), e.encode("b"))
e.setstate(2)
print(e.encode("c"))
d = codecs.getincrementaldecoder("utf-16-le")()
print(repr(d.decode(b"=\xd8")), d.getstate(), repr(d.decode(b"\x00\xde")))

# utf-8-sig
for data in [b"\xef\xbb\xbfabc", b"abc", b"\xef\xbb", b"\xef\xbbX"]:
    d = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        out = [d.decode(data[i:i + 1]) for i in range(len(data))]
    except UnicodeDecodeError as e:
        out = ["error", e.start, e.end, e.reason]
    print(out, d.getstate())
    try:
        print(repr(d.decode(b"", True)))
    except UnicodeDecodeError as e:
        print("error", e.reason)
e = codecs.getincrementalencoder("utf-8-sig")()
print(e.encode("a"), e.getstate(), e.encode("b"), e.getstate())
e.setstate(1)
print(e.encode("c"))
print(codecs.decode(b"\xef\xbb\xbfx", "utf-8-sig"), codecs.utf_8_decode(b"ab\xc3", "strict"),
      codecs.utf_8_decode(b"ab\xc3", "strict", False), codecs.utf_16_ex_decode(b"\xfe\xff\x00a"))
print(codecs.utf_16_ex_decode(b"a"), codecs.utf_16_ex_decode(b"a\x00", None, 0, True),
      codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "strict", 0, True),
      codecs.utf_16_encode("a", "strict", 1), codecs.utf_32_encode("a", None, -1))

# escape codecs wait for a cut escape
d = codecs.getincrementaldecoder("unicode_escape")()
print([d.decode(p) for p in [b"a\\", b"x4", b"1\\u00", b"e9\\N{DIGIT", b" ONE}\\n"]])
d = codecs.getincrementaldecoder("raw_unicode_escape")()
print([d.decode(p) for p in [b"a\\", b"u00e9\\\\", b"x"]], repr(d.decode(b"\\", True)))

# bytes codecs
for enc in ["hex", "base64", "zlib", "rot13"]:
    data = b"hello world " * 3 if enc != "rot13" else "Hello World"
    e = codecs.getincrementalencoder(enc)()
    pieces = [e.encode(data[i:i + 7]) for i in range(0, len(data), 7)] + [e.encode(data[:0], True)]
    joined = pieces[0][:0].join(pieces)
    d = codecs.getincrementaldecoder(enc)()
    print(enc, codecs.decode(joined, enc) == data if enc == "zlib" else pieces,
          d.decode(joined, True) == data)

print(list(codecs.iterencode(["a\xe9", "", "\u20ac"], "utf-16")))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xacx", b""], "utf-8")))
print(list(codecs.iterdecode(iter([b"\xff\xfe", b"a", b"\x00"]), "utf-16")))
try:
    codecs.getincrementalencoder("nope")
except LookupError as e:
    print(e)
