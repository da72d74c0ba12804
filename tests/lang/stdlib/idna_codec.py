# The idna and punycode codecs (encodings.idna, encodings.punycode) and the stringprep
# tables behind nameprep: labels, dots, trailing dots, ACE round trips, CPython's error
# messages (wrapped by str.encode/bytes.decode as CPython 3.11 does), error handlers.
import codecs
for s in ["a..b", "", "ex\xe4mple.com", "xn--x.com", "\u0627a", "a"*64, "\xe4"*64, "a.\u3002b", "b\u00adc.de.",
          "B\xfccher.Example", "pyth\xf6n.org", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "xn--\xe4", "a\u3002b\uff0ec\uff61",
          "\u2028x", "www.\u4f8b\u5b50.\u6d4b\u8bd5", "\U0001f600.com", "STRASSE.de", "stra\xdfe.de", "\ufb01x"]:
    try: print(repr(s.encode('idna')))
    except Exception as e: print(type(e).__name__, e.args)
for b in [b"xn--exmple-cua.com", b"XN--exmple-cua.com", b"\xff.com", b"xn--zz.com", b"xn--a-ecp.ru", b"a"*70, b"xn--abc-", b"", b"a.b.",
          b"xn--bcher-kva.example", b"xn--" + b"a" * 1100, bytearray(b"xn--bcher-kva"), memoryview(b"abc"), b"xn--9!a"]:
    try: print(repr(b.decode('idna')))
    except Exception as e: print(type(e).__name__, e.args)
for s, err in [("x", "ignore"), ("\xe4", "replace")]:
    try: s.encode("idna", err)
    except Exception as e: print(type(e).__name__, e.args)
try: b"x".decode("idna", "ignore")
except Exception as e: print(type(e).__name__, e.args)
print(codecs.lookup("IDNA").name, codecs.lookup("punycode").name)
print(codecs.encode("b\xfccher", "idna"), codecs.decode(b"xn--bcher-kva", "idna"))
print(codecs.encode("b\xfccher", "punycode"), codecs.decode(b"bcher-kva", "punycode"))
print("\u4f8b\u5b50\U0001f600".encode("punycode"), b"-> $1.00 <--".decode("punycode"))
for bad in [b"abc-9!", b"zz", b"a-99999999999"]:
    for err in ("strict", "ignore", "replace"):
        try: print(repr(bad.decode("punycode", err)))
        except Exception as e: print(type(e).__name__, e.args)
try: b"x".decode("punycode", "backslashreplace")
except Exception as e: print(type(e).__name__, e.args)
import encodings.idna as I
print(I.ToASCII("B\xfccher"), I.ToUnicode(b"xn--bcher-kva"), I.ToUnicode("xn--bcher-kva"), I.nameprep("Stra\xdfe\u00ad"))
for f, a in [(I.ToASCII, ""), (I.ToASCII, "xn--\xe4b"), (I.ToUnicode, "\u0627a"), (I.nameprep, "a\u200eb"), (I.nameprep, "\u05d0a\u05d0"), (I.nameprep, "\u05d01")]:
    try: print(repr(f(a)))
    except Exception as e: print(type(e).__name__, e.args)
import stringprep
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_c11(" "), stringprep.in_table_c12("\xa0"),
      stringprep.in_table_d1("\u05d0"), stringprep.in_table_d2("a"), stringprep.map_table_b2("\xdf"),
      stringprep.map_table_b3("A"), stringprep.in_table_c21_c22("\x7f"), stringprep.in_table_b1("\u00ad"))
try: stringprep.in_table_b1("ab")
except TypeError as e: print(e)
