# Every single-byte charmap codec of CPython 3.11's encodings package: decoding of all
# 256 bytes, encoding of every character the table maps (and of the characters around
# it), the error handlers with their messages and positions, the incremental and stream
# classes, and codecs.lookup(alias).name for each alias that names one of them.
import codecs
import encodings.aliases
import importlib

MODULES = """cp037 cp1006 cp1026 cp1125 cp1140 cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256
cp1257 cp1258 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858
cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 hp_roman8 iso8859_1 iso8859_2
iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso8859_10 iso8859_11
iso8859_13 iso8859_14 iso8859_15 iso8859_16 koi8_r koi8_t koi8_u kz1048 mac_arabic
mac_croatian mac_cyrillic mac_farsi mac_greek mac_iceland mac_latin2 mac_roman mac_romanian
mac_turkish palmos ptcp154 tis_620""".split()

ALL = bytes(range(256))


def attempt(fn):
    try:
        return ascii(fn())
    except (UnicodeError, TypeError, LookupError) as e:
        detail = (e.start, e.end, e.reason) if isinstance(e, UnicodeError) else ()
        return '%s: %s %s' % (type(e).__name__, e, detail)


for mod in MODULES:
    m = importlib.import_module('encodings.' + mod)
    info = m.getregentry()
    name = info.name
    print(mod, name, type(m.decoding_table).__name__, len(m.decoding_table))
    text = ALL.decode(name, 'replace')
    print(' all', ascii(text))
    undefined = [b for b in range(256) if ALL[b:b + 1].decode(name, 'replace') == '\ufffd']
    print(' undefined', undefined)
    mapped = ''.join(c for c in text if c != '\ufffd')
    print(' encode', mapped.encode(name).hex())
    # characters next to the mapped ones: which encode, and how they fail
    near = sorted({chr(o) for c in mapped for o in (ord(c) - 1, ord(c) + 1)
                   if 0 <= o < 0x110000 and not 0xD800 <= o <= 0xDFFF} - set(mapped))
    print(' near', ascii(''.join(near[:40])), len(near))
    for errors in ('replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace'):
        print(' ', errors, attempt(lambda: ''.join(near).encode(name, errors))[:120])
    print('  strict', attempt(lambda: ('aA' + ''.join(near[:3]) + 'z').encode(name)))
    print('  codec', attempt(lambda: info.encode('\u4e00x\U0001f600\u4e01', 'replace')))
    print('  namereplace', attempt(lambda: '\u4e00\u00ff\u2603'.encode(name, 'namereplace')))
    if undefined:
        bad = bytes([0x41, undefined[0], undefined[-1], 0x42])
        for errors in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'):
            print(' ', errors, attempt(lambda: bad.decode(name, errors)))
        print('  codec', attempt(lambda: info.decode(bad, 'ignore')))
    # incremental and stream classes, piece by piece
    enc = info.incrementalencoder('replace')
    pieces = [enc.encode(c) for c in text[60:70] + '\u4e00'] + [enc.encode('', True)]
    dec = info.incrementaldecoder('replace')
    print('  incremental', ascii(b''.join(pieces)), ascii(''.join(dec.decode(ALL[i:i + 1]) for i in range(120, 136))))
    print('  classes', m.IncrementalEncoder.__module__, m.Codec().encode('A'), m.Codec().decode(b'A'))
    print('  bad types', attempt(lambda: info.encode(b'x')), attempt(lambda: info.decode('x')))

print('aliases')
for alias, target in sorted(encodings.aliases.aliases.items()):
    if target in MODULES:
        # (CPython's table has a key that lookup() cannot reach: 'csHPRoman8')
        print(alias, attempt(lambda: codecs.lookup(alias).name),
              attempt(lambda: codecs.lookup(alias.upper().replace('_', '-')).name))
for mod in MODULES:
    print(mod, codecs.lookup(mod).name, codecs.lookup(mod.replace('_', '-')).name)
