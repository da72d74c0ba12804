# Internal entities in content: character references replaced where the entity is
# declared, the replacement text delivered in expat's pieces (text runs line by line,
# predefined references alone, nested entities in turn) with buffer_text off.
import xml.parsers.expat as E
docs = [b'<!DOCTYPE a [<!ENTITY e "ent&amp;text">]><a>p&e;q</a>',
 b'<!DOCTYPE a [<!ENTITY e "l1\nl2&#65;&#x42;x&lt;">]><a>&e;</a>',
 b'<!DOCTYPE a [<!ENTITY f "F&amp;">\n<!ENTITY e "[&f;|&f;]">]><a>&e;&e;</a>',
 b'<!DOCTYPE a [<!ENTITY e "">]><a>x&e;y</a>',
 b'<!DOCTYPE a [<!ENTITY e "a&#38;amp;b">]><a>&e;</a>',
 b'<!DOCTYPE a [<!ENTITY e "tab\there">]><a>&e;</a>',
 b'<!DOCTYPE a [<!ENTITY e "x&#10;y&#13;z">]><a>&e;</a>',
]
for doc in docs:
    for bt in (False, True):
        p = E.ParserCreate(); p.buffer_text = bt
        out = []
        p.CharacterDataHandler = lambda d: out.append(d)
        try:
            p.Parse(doc, True)
        except E.ExpatError as e:
            out.append(str(e))
        print(bt, out)
# the same documents through xml.sax (characters) and minidom (text nodes), and entity
# text with character references in attribute values
import xml.sax, xml.dom.minidom
class H(xml.sax.ContentHandler):
    def characters(self, c): print('chars', repr(c))
for doc in docs[:3]:
    xml.sax.parseString(doc, H())
    d = xml.dom.minidom.parseString(doc)
    print([n.data for n in d.documentElement.childNodes])
try:
    d = xml.dom.minidom.parseString(b'<!DOCTYPE a [<!ENTITY e "x&#38;amp;y&#60;">]><a v="[&e;]"/>')
except Exception as e:
    print(type(e).__name__, e)
for doc in [b'<!DOCTYPE a [<!ENTITY e "p\tq\nr&#10;s&#9;t&lt;u">]><a v="[&e;]"/>',
            b'<!DOCTYPE a [<!ENTITY f "&#60;">\n<!ENTITY e "x&f;">]><a\nv="[&e;]"/>',
            b'<!DOCTYPE a [<!ENTITY f "&amp;#60;">\n<!ENTITY e "x&f;">]><a v="[&e;]"/>',
            b'<!DOCTYPE a [<!ENTITY e "&#38;#60;">]><a v="&e;"/>']:
    try:
        d = xml.dom.minidom.parseString(doc)
        print(repr(d.documentElement.getAttribute('v')))
    except Exception as e:
        print(type(e).__name__, e)
p = xml.parsers.expat.ParserCreate(); out = []
p.CharacterDataHandler = out.append
p.Parse(b'<!DOCTYPE a [<!ENTITY e "&#38;#60;&#38;#x41;z">]><a>&e;</a>', True)
print(out)
