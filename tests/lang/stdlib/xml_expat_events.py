# xml.parsers.expat: handler events, positions, namespaces, buffering, attributes
import xml.parsers.expat as expat
import pyexpat

NAMES = ("StartElementHandler EndElementHandler StartNamespaceDeclHandler "
         "EndNamespaceDeclHandler CharacterDataHandler XmlDeclHandler "
         "StartDoctypeDeclHandler EndDoctypeDeclHandler CommentHandler "
         "ProcessingInstructionHandler StartCdataSectionHandler EndCdataSectionHandler "
         "EntityDeclHandler").split()


def trace(p, where=True):
    for n in NAMES:
        def f(*a, n=n):
            if where:
                print(n, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
            else:
                print(n, a)
        setattr(p, n, f)


DOC = (b'<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
       b'<!DOCTYPE a [<!ENTITY e "ent">]>\n'
       b'<a xmlns="u" xmlns:p="v" p:x="1" y="2">t&amp;&e;<![CDATA[c]]><!--k-->'
       b'<?pi d?>\n<b xmlns=""/>\xc3\xa9</a>')

print("-- namespaces")
p = expat.ParserCreate(namespace_separator=" ")
trace(p)
print(p.Parse(DOC, True))

print("-- no namespaces, fed byte by byte")
p = expat.ParserCreate()
trace(p, False)
for i in range(len(DOC)):
    p.Parse(DOC[i:i + 1])
p.Parse(b"", True)

print("-- separator '}' and an empty one")
for sep in ("}", ""):
    p = expat.ParserCreate(namespace_separator=sep)
    p.StartElementHandler = lambda n, a: print("start", repr(n), a)
    p.Parse('<r xmlns="urn:x" xmlns:q="urn:q" q:k="v"><q:c/></r>', True)

print("-- buffer_text")
p = expat.ParserCreate()
print(p.buffer_text, p.buffer_size, p.buffer_used)
p.buffer_text = True
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse("<a>one\ntwo &amp; three<![CDATA[ four]]></a>", True)
print(chunks)
p = expat.ParserCreate()
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse("<a>one\ntwo &amp; three<![CDATA[ four]]></a>", True)
print(chunks)
p = expat.ParserCreate()
p.buffer_text = True
p.buffer_size = 4
chunks = []
p.CharacterDataHandler = chunks.append
p.Parse("<a>ab&amp;cdefgh\nij</a>", True)
print(chunks, p.buffer_size)
for bad in (0, -1, "x"):
    try:
        p.buffer_size = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print("-- ordered_attributes")
p = expat.ParserCreate()
p.ordered_attributes = 1
print(p.ordered_attributes)
p.StartElementHandler = lambda n, a: print(n, a)
p.Parse('<a z="1" b="2" m="&lt;&#65;&#x42;"/>', True)

print("-- ParseFile")
import io
p = expat.ParserCreate()
trace(p, False)
print(p.ParseFile(io.BytesIO(b"<doc><x>1</x><!-- c --></doc>")))
try:
    p.ParseFile(42)
except TypeError as e:
    print("TypeError", e)

print("-- encodings")
for data, enc in ((b"<a>\xe9</a>", "iso-8859-1"), ('<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>'.encode("latin-1"), None),
                  ("<a>\u20ac</a>".encode("utf-16"), None), ("<a>é</a>", None)):
    p = expat.ParserCreate(enc)
    p.CharacterDataHandler = lambda d: print(repr(d))
    p.Parse(data, True)

print("-- module")
print(expat.EXPAT_VERSION, expat.version_info, expat.native_encoding)
print(expat.ErrorString(4), expat.ErrorString(7), expat.ErrorString(43))
print(expat.errors.XML_ERROR_SYNTAX, expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH],
      expat.errors.messages[9], len(expat.errors.messages))
print(expat.model.XML_CTYPE_ANY, expat.model.XML_CQUANT_PLUS, expat.model.__doc__)
import xml.parsers.expat.errors as errs
import xml.parsers.expat.model
print(errs is expat.errors, xml.parsers.expat.model is expat.model)
print(expat.error is expat.ExpatError, pyexpat.ExpatError is expat.ExpatError)
print(type(p), expat.XMLParserType is type(p))
print(sorted(x for x in dir(expat) if not x.startswith("_") and x not in ("expat_CAPI", "sys")))
p = expat.ParserCreate()
print(p.StartElementHandler, p.ordered_attributes, p.specified_attributes, p.namespace_prefixes)
try:
    p.NoSuchHandler = print
except AttributeError as e:
    print("AttributeError", e)
p.SetBase("http://x/")
print(p.GetBase())
try:
    expat.ParserCreate(namespace_separator="ab")
except ValueError as e:
    print("ValueError", e)
try:
    p.Parse(3)
except TypeError as e:
    print("TypeError", e)

print("-- text is reported as it is fed, but for a ']' that may start ']]>'")
p = expat.ParserCreate()
p.CharacterDataHandler = lambda d: print("data", repr(d))
for piece in ("<a>1", "2]", "]", "x]]", "y</a>"):
    print("feed", repr(piece))
    p.Parse(piece)
p.Parse("", True)

print("-- bad settings")
import sys
p = expat.ParserCreate()
for v in (2**31, sys.maxsize + 1):
    try:
        p.buffer_size = v
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for name in (range(3), 5):
    try:
        setattr(p, name, 0)
    except TypeError as e:
        print("TypeError", e)
