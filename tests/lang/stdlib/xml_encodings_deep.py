# Encodings the way pyexpat takes them (an unknown name is codecs' LookupError, a multi-byte
# codec expat does not know is a ValueError, UTF-16 declared in an 8-bit document is
# error 19 at the name) and a chain of 3000 internal entities (no recursion limit).
import xml.parsers.expat as E
for enc, doc in [('bogus', b'<a/>'), (None, b'<?xml version="1.0" encoding="bogus"?><a/>'), (None, b'<?xml version="1.0" encoding="cp1252"?><a>\x80</a>'),
                 (None, b'<?xml version="1.0" encoding="utf-16"?><a/>'), ('latin-1', b'<a>\xe9</a>'), (None, b'<?xml version="1.0" encoding="ascii"?><a>\xe9</a>')]:
    try:
        p = E.ParserCreate(enc); out = []
        p.CharacterDataHandler = out.append
        p.Parse(doc, True); print('ok', out)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'code', None))
n = 3000
doc = '<!DOCTYPE a [' + ''.join('<!ENTITY e%d "&e%d;">' % (i, i + 1) for i in range(n)) + '<!ENTITY e%d "end">]><a>&e0;</a>' % n
p = E.ParserCreate(); out = []; p.CharacterDataHandler = out.append
try:
    p.Parse(doc, True); print(out)
except Exception as e:
    print(type(e).__name__, e)
import xml.etree.ElementTree as ET, xml.dom.minidom, xml.sax
for doc in [b'<?xml version="1.0" encoding="bogus"?><a/>', b'<?xml version="1.0" encoding="utf-16"?><a/>', b'<?xml version="1.0" encoding="utf-32"?><a/>']:
    for f in (ET.fromstring, xml.dom.minidom.parseString, lambda d: xml.sax.parseString(d, xml.sax.ContentHandler())):
        try:
            f(doc); print('ok')
        except Exception as e:
            print(type(e).__name__, e)
for doc in [b'<?xml version="1.0"\n   encoding="UTF-16LE"?><a/>', b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>']:
    try:
        print(ET.fromstring(doc).text)
    except Exception as e:
        print(type(e).__name__, e)
