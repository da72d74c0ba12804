# unicode_escape, raw_unicode_escape, charmap codecs (cp1252, cp437, latin9...), rot13/hex transforms (were unknown encodings).
import codecs
for b in [b"\\x4", b"ab\\x4g", b"\\u12", b"\\U0011ffff", b"\\N{FOO}", b"\\N{", b"\\Nx", b"abc\\", b"\\0", b"\\\n", b"\\N{DIGIT ONE}", b"\\101\\x41\\u0041\\U00000041", b"\\'\\\"\\a\\b\\f\\v\\\\", b"\xe9\\t"]:
    try: print(b, repr(b.decode("unicode_escape")))
    except Exception as e: print(b, type(e).__name__, e, getattr(e, 'start', None), getattr(e, 'end', None))
for b in [b"\\x4", b"ab\\x4g", b"\\u12"]:
    print(repr(b.decode("unicode_escape", "replace")), repr(b.decode("unicode_escape", "ignore")), repr(b.decode("unicode_escape", "backslashreplace")))
for b in [b"\\u00e9\\x41", b"\\\\u00e9", b"\\\\\\u00e9", b"\\u12", b"\\U0011ffff", b"\xff", b"a\\", b"\\\\"]:
    try: print(b, repr(b.decode("raw_unicode_escape")))
    except Exception as e: print(b, type(e).__name__, e, e.start, e.end)
print("a'\"\x7f\x00\u0100\t\\".encode("unicode_escape"), "a\\\u0100\U00012345\xff".encode("raw_unicode_escape"))
print(codecs.lookup("unicode_escape").name, codecs.lookup("cp1252").name, codecs.lookup("latin9").name, codecs.lookup("Windows-1252").name)
try: "€€x€".encode("cp437")
except UnicodeEncodeError as e: print(e)
try: b"\x81".decode("cp1252")
except UnicodeDecodeError as e: print(e)
print("€x€€".encode("cp437", "replace"), "€".encode("cp437", "xmlcharrefreplace"), b"\x81\x81".decode("cp1252", "replace"), b"\x81".decode("cp1252", "backslashreplace"))
s = "Hello\\nWorld\\t!"
print(s.encode().decode("unicode_escape"), repr(codecs.decode(s, "unicode_escape")))
print(codecs.encode("Hello", "rot13"), codecs.encode(b"\x00\xff", "hex_codec"), codecs.decode("6869", "hex") if False else "")
print(bytes(range(128, 256)).decode("cp1252", "replace") == bytes(range(128, 256)).decode("cp1252", "replace"))
print(len(bytes(range(256)).decode("cp437")), "".join(chr(i) for i in range(160, 256)).encode("iso8859-15", "replace"))
for f in [lambda: "hello".encode("rot13"), lambda: b"ab".decode("hex"), lambda: "x".encode("base64")]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
