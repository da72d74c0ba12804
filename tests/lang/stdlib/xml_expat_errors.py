# xml.parsers.expat: ExpatError messages, code, lineno, offset; the parser's Error*
# fields; errors repeat; bounded entity expansion; deep nesting
import xml.parsers.expat as expat

BAD = ["<a><b></a>", "<a>", "", "   ", "<a/><b/>", "<a/>x", "<a x='1' x='2'/>", "<a>&nope;</a>",
       "<a>&#0;</a>", "<a>&#xZZ;</a>", "<a", "<a><!-- x -- y --></a>", "<1a/>", "<a>]]></a>",
       "<?xml version='1.0'?><?xml version='1.0'?><a/>", "<a><![CDATA[x</a>",
       "<?xml version='2' encoding='@'?><a/>", "<a>\x01</a>", "<a b=c/>", "<a b='<'/>",
       "<a>\n<b>\n</c></a>", "\n\n  <a></b>", "<p:a/>", "<a xmlns:p='u'><p:b></p:c></a>",
       "<!DOCTYPE a [<!ENTITY a '&b;'><!ENTITY b '&a;'>]><a>&a;</a>",
       "<!DOCTYPE a SYSTEM 'x.dtd'><a>&ext;</a>", "<a></a><!DOCTYPE a>"]

for doc in BAD:
    for sep in (None, " "):
        p = expat.ParserCreate(namespace_separator=sep)
        try:
            p.Parse(doc, True)
            print(repr(doc), "parsed")
        except expat.ExpatError as e:
            print(repr(doc), sep is not None, "|", e, "|", e.code, e.lineno, e.offset,
                  expat.ErrorString(e.code) == expat.errors.messages[e.code])
            print("  fields", p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber)

print("-- the error repeats; parsing after the end")
p = expat.ParserCreate()
print(p.ErrorCode, p.ErrorLineNumber, p.ErrorColumnNumber, p.ErrorByteIndex)
p.Parse("<a>", False)
for data, final in (("", True), ("</a>", True)):
    try:
        p.Parse(data, final)
    except expat.ExpatError as e:
        print(e, e.code)
p = expat.ParserCreate()
p.Parse("<a/>", True)
for data in ("<a/>", ""):
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        print(e, e.code)

print("-- fed in pieces: the error where the whole document has it")
doc = "<root>\n  <item a='1'>text</item>\n  <item a='2'>more</itm>\n</root>"
p = expat.ParserCreate()
try:
    for i in range(0, len(doc), 3):
        p.Parse(doc[i:i + 3])
    p.Parse("", True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset)

print("-- billion laughs: bounded")
lol = ('<!DOCTYPE a [<!ENTITY a "xxxxxxxxxxxxxxxxxxxxxxxx">' +
       "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(9)) +
       "]><a>&j;</a>")
p = expat.ParserCreate()
n = [0]


def count(d):
    n[0] += len(d)


p.CharacterDataHandler = count
try:
    p.Parse(lol, True)
except expat.ExpatError as e:
    print(e, e.code, n[0] < 10 ** 9)

print("-- an exception in a handler propagates")
p = expat.ParserCreate()


def boom(name, attrs):
    raise KeyError(name)


p.StartElementHandler = boom
try:
    p.Parse("<a/>", True)
except KeyError as e:
    print("KeyError", e)

print("-- deep nesting")
depth = 20000
p = expat.ParserCreate()
ends = [0]
p.EndElementHandler = lambda n: ends.__setitem__(0, ends[0] + 1)
p.Parse("<a>" * depth + "</a>" * depth, True)
print(ends[0])

print("-- an undeclared entity under an external subset is skipped")
p = expat.ParserCreate()
p.SkippedEntityHandler = lambda *a: print("skipped", a)
p.CharacterDataHandler = lambda d: print("data", repr(d))
p.Parse("<!DOCTYPE a SYSTEM 'x.dtd'><a>1&ext;2</a>", True)
