# review of session 15 (xml): namespace constraints and duplicate expanded attributes, entity
# values checked where declared, huge character references, a handler's exception stops
# the parser, UTF-16 in pieces (byte order kept), without a BOM, a BOM with an encoding given
import xml.parsers.expat as E
for doc in ['<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', '<r><a xmlns:xml="other"/></r>', '<a xmlns:xmlns="other"/>',
            '<a xmlns:p=""/>', '<a xmlns:p="http://www.w3.org/2000/xmlns/"/>', '<a xmlns:xml="http://www.w3.org/XML/1998/namespace"/>',
            '<a xmlns:p="http://www.w3.org/XML/1998/namespace"/>', '<a xmlns=""/>', '<a xmlns="http://www.w3.org/2000/xmlns/"/>',
            '<a x="1" xmlns:p="u" p:y="2" y="3"/>', '<a p:x="1" xmlns:p="u" xmlns:q="u"><b p:y="1" q:y="2"/></a>']:
    for sep in (" ", None):
        p = E.ParserCreate(namespace_separator=sep)
        out = []
        p.StartElementHandler = lambda n, a: out.append((n, a))
        try:
            p.Parse(doc, True)
            print(sep is None, out)
        except E.ExpatError as e:
            print(sep is None, e.code, e)
import xml.etree.ElementTree as ET
try:
    print(ET.fromstring('<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>').attrib)
except ET.ParseError as e:
    print('ParseError', e)

import xml.parsers.expat as E
import xml.etree.ElementTree as ET
for val in ['&#x110000;', '&#xZZ;', '&#0;', 'x & y', '&#65;b', '&#x41', '&e2;', 'a&#9;b', '&#' + '1' * 5000 + ';',
            '&#x' + '0' * 50 + '41;', '&;', '&#;', '&#x;', 'q&1;']:
    doc = '<!DOCTYPE a [<!ENTITY e2 "two"><!ENTITY e "%s">]><a>&e;</a>' % val
    out = []
    p = E.ParserCreate()
    p.StartElementHandler = lambda n, a: out.append(('S', n))
    p.CharacterDataHandler = lambda d: out.append(('D', d))
    try:
        p.Parse(doc, True); print(repr(val[:20]), out)
    except E.ExpatError as e:
        print(repr(val[:20]), e.code, e)
    try:
        print(' ET', ET.fromstring(doc).text)
    except ET.ParseError as e:
        print(' ET ParseError', e)
for doc in ['<a>&#' + '1' * 5000 + ';</a>', '<a>&#x' + '0' * 30 + '42;</a>', '<a x="&#' + '9' * 5000 + ';"/>']:
    try:
        print(repr(ET.fromstring(doc).text))
    except ET.ParseError as e:
        print('ParseError', e)

import xml.parsers.expat as E
for v in ['&#x41', '&e2', '&', '&#', 'a&', '&#x', 'ab&c d;', '&#12a;', '&#x2F600;x']:
    d = '<!DOCTYPE a [<!ENTITY e2 "t"><!ENTITY e "%s">]><a>&e;</a>' % v
    p = E.ParserCreate()
    out = []
    p.CharacterDataHandler = out.append
    try:
        p.Parse(d, True); print(v, 'ok', out)
    except E.ExpatError as e:
        print(v, e.code, e)

import pyexpat
for doc, at in [(b"<a><b/><c/>", "b"), (b"<a>\n<b x='1'>text</b><c/>", "b"), (b"<a>xx<b/>", "a")]:
    p = pyexpat.ParserCreate()
    def s(n, a):
        if n == at: raise KeyError("boom")
    p.StartElementHandler = s
    try: p.Parse(doc, False)
    except KeyError: print("err")
    for more in (b"</a>", b""):
        try: p.Parse(more, True)
        except Exception as e: print(type(e).__name__, e)
p = pyexpat.ParserCreate()
p.CharacterDataHandler = lambda d: 1 / 0
p.buffer_text = True
try: p.Parse(b"<a>hello</a>", True)
except ZeroDivisionError: print("zde")
try: p.Parse(b"", True)
except Exception as e: print(type(e).__name__, e)

import pyexpat
import xml.etree.ElementTree as ET
def run(chunks, enc=None, label=''):
    p = pyexpat.ParserCreate(enc)
    out = []
    p.StartElementHandler = lambda n, a: out.append(('S', n, a))
    p.CharacterDataHandler = lambda d: out.append(('D', d))
    try:
        for c in chunks[:-1]:
            p.Parse(c, False)
        p.Parse(chunks[-1], True)
        print(label, out)
    except pyexpat.ExpatError as e:
        print(label, out, e.code, e)
doc = '<?xml version="1.0"?>\n<a x="é">h€llo\n<b/>\U0001F600</a>'
for enc in ('utf-16', 'utf-16-be', 'utf-16-le', 'utf-8', 'utf-8-sig'):
    try:
        raw = doc.encode(enc) if enc != 'utf-16-be' else b'\xfe\xff' + doc.encode(enc)
    except Exception as e:
        continue
    for n in (1, 2, 3, 7, 1000):
        run([raw[i:i + n] for i in range(0, len(raw), n)] or [b''], None, (enc, n))
run([b'\xef\xbb\xbf<a/>'], 'utf-8', 'bom+enc')
run([b'<a>\n\n\n\xff</a>'], None, 'bad')
run([b'<a>\n\n', b'\n\xff</a>'], None, 'bad2')
run([b'<a>x\xe2\x82', b'</a>'], None, 'bad3')
run([b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>'], None, 'latin')
run([b'<a>', b''], None, 'short')
run([b'<a', b'/>'], None, 'short2')
for d in [b'\xff\xfe<\x00a\x00/\x00>\x00', b'\xfe\xff\x00<\x00a\x00/\x00>']:
    print(ET.fromstring(d).tag)
