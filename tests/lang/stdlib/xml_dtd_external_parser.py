# pyexpat's ExternalEntityParserCreate: a parser for an external entity announced to
# ExternalEntityRefHandler, sharing the document's handlers and DTD: context None reads
# declarations (the external subset: its entities and attribute defaults then serve the
# document), else content (text, elements, the document's entities, a text declaration);
# the errors of each (asynchronous entity, text declaration, syntax).
import xml.parsers.expat as E
def mk(p, tag):
    for n in ['StartElementHandler', 'EndElementHandler', 'CharacterDataHandler', 'EntityDeclHandler', 'AttlistDeclHandler', 'XmlDeclHandler', 'CommentHandler']:
        setattr(p, n, (lambda n: lambda *a: print(tag, n[:-7], a))(n))
for ctx, data in [('e', b'text <a x="1">&i;</a> more'), ('e', b'<?xml encoding="utf-8"?>t<b/>'), ('e', b'<a>'), ('e', b''), ('e', b'<?xml version="1.0"?>x'),
                  (None, b'<!ENTITY j "J"><!ATTLIST a y CDATA "2"><!-- c -->'), (None, b'<?xml encoding="utf-8"?><!ELEMENT a ANY>'), (None, b']'), (None, b'<!ENTITY'), ('e', b'&j;')]:
    p = E.ParserCreate()
    mk(p, 'P')
    sub = []
    def ext(context, base, sysid, pubid):
        q = p.ExternalEntityParserCreate(context)
        sub.append(q)
        try:
            print('  sub result', q.Parse(data, True))
        except E.ExpatError as e:
            print('  sub error', e.code, e)
        return 1
    p.ExternalEntityRefHandler = ext
    p.SetParamEntityParsing(2)
    try:
        p.Parse('<!DOCTYPE r SYSTEM "r.dtd" [<!ENTITY i "I"><!ENTITY e SYSTEM "e.xml">]><r>&e;<a/></r>', True)
    except E.ExpatError as e:
        print('  main error', e.code, e)
    print('---')

p = E.ParserCreate()
for bad in (1, b"x"):
    try:
        p.ExternalEntityParserCreate(bad)
    except TypeError as e:
        print("TypeError", e)
