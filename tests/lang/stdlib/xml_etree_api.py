# xml.etree.ElementTree: Element API, ElementPath queries, serialization (encodings, namespaces,
# methods, indent), TreeBuilder/XMLParser targets, XMLPullParser, iterparse, errors.
import xml.etree.ElementTree as ET
import io, copy
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r) if not isinstance(r, list) or not r or not ET.iselement(r[0]) else [(e.tag, e.attrib) for e in r])
    except Exception as e:
        print(type(e).__name__, e)
r = ET.fromstring('<r><a x="1"><b>t1</b><b y="2">t2</b></a><c><b>t3</b></c><a x="2"/></r>')
for p in ['b', './/b', 'a/b', '*', '*/b', 'a[@x]', 'a[@x="2"]', "a[@x!='2']", 'a[b]', "a/b[.='t2']", 'a[1]', 'a[last()]', 'a[last()-1]', '.', '..', './/b/..', 'a/*[2]', "*[b='t3']", '{*}a', 'b/..', "a[b!='t1']", 'c//b', './/*', 'a/b[2]', 'a[2]/b', '*[@y]', './/b[@y]', './/b[.="t3"]']:
    print(p, [(e.tag, e.attrib) for e in r.findall(p)])
for p in ['/a', 'a[@]', 'a[0]', 'a[x=1]', '[1]', '', 'a/../..', '//b', 'a//', 'p:a']:
    show(r.findall, p)
print(r.findtext('a/b'), repr(r.findtext('zz')), r.findtext('zz', 'dflt'), repr(r.findtext('a')), r.find('zz'), r.find('a').attrib)
print([e.tag for e in r.iter()], [e.tag for e in r.iter('b')], list(r.itertext()), r.find('a').get('x'), list(r.find('a').keys()), list(r.find('a').items()))
print(repr(r)[:14], len(r), r[0].tag, [e.tag for e in r[1:]], ET.iselement(r), ET.iselement('x'), [e.tag for e in r.iterfind('a')])
e = ET.Element('root', {'a': '1'}, b='2'); s = ET.SubElement(e, 'child', c='3'); s.text = 'hi'; s.tail = '\n'; e.append(ET.Comment('note')); e.append(ET.PI('target', 'data'))
print(ET.tostring(e)); ET.dump(e)
ET.indent(e); print(ET.tostring(e, encoding='unicode'))
t = ET.ElementTree(ET.fromstring('<a><b><c/></b><d>x</d></a>')); ET.indent(t, space='\t'); print(ET.tostring(t.getroot(), encoding='unicode'))
t2 = ET.fromstring('<a>\n  <b>keep</b>  <c><d/></c></a>'); ET.indent(t2, '  ', level=1); print(repr(ET.tostring(t2, encoding='unicode')))
ns = ET.fromstring('<a xmlns="http://d" xmlns:x="http://x"><x:b/><c x:attr="1"/></a>')
print(ET.tostring(ns)); print([c.tag for c in ns.findall('{http://d}c')], [c.tag for c in ns.findall('x:b', {'x': 'http://x'})], [c.tag for c in ns.findall('d:c', namespaces={'d': 'http://d'})], [c.tag for c in ns.findall('c', namespaces={'': 'http://d'})])
ET.register_namespace('dd', 'http://d'); print(ET.tostring(ns, encoding='unicode'))
print(ET.tostring(ns, encoding='unicode', default_namespace='http://d'))
print(ET.tostring(ET.fromstring('<a>x<b/>y</a>'), method='text'), ET.tostring(ET.fromstring('<p><br/>x<script>a&lt;b</script></p>'), method='html'))
el = ET.Element('x'); print(ET.tostring(el), ET.tostring(el, short_empty_elements=False)); el.text = ''; print(ET.tostring(el))
print(ET.tostringlist(ET.fromstring('<a><b/></a>')))
e = ET.Element('a', {'q': 'x"y<>&\n\t\r\'', 'b': 'é'}); e.text = 'a&<>"\'\r\né'
for enc in (None, 'unicode', 'utf-8', 'latin-1', 'UTF-8', 'us-ascii'):
    print(enc, ET.tostring(e, encoding=enc))
print(ET.tostring(e, xml_declaration=True), ET.tostring(e, encoding='unicode', xml_declaration=True), ET.tostring(e, encoding='utf-8', xml_declaration=False))
ee = ET.Element('a')
for f in [lambda: ET.Element('a', 5), lambda: ET.SubElement(5, 'a'), lambda: ee.append(5), lambda: ee.remove(ET.Element('z')), lambda: ee[0], lambda: ET.tostring(ET.Element(5)),
          lambda: ET.register_namespace('ns1', 'u'), lambda: ET.tostring(ee, method='bogus'), lambda: ee.extend([5]), lambda: ee.insert(0, 5), lambda: ee.__setitem__(0, ET.Element('q')),
          lambda: ET.XMLPullParser(['bogus']), lambda: ET.TreeBuilder().close(), lambda: ET.indent(ee, level=-1), lambda: ET.tostring(ET.Element('a', {'x': 5})),
          lambda: ET.tostring(ET.Element('a', {5: 'x'})), lambda: ET.tostring(ET.Element('a'), default_namespace='u'), lambda: ET.fromstring(5)]:
    show(f)
q = ET.QName('http://u', 'loc'); print(q, repr(q), q.text, q == '{http://u}loc', ET.QName('{u}x').text, q < ET.QName('{v}a'), hash(q) == hash('{http://u}loc'))
c = ET.Comment('hi'); print(c.tag is ET.Comment, c.text, repr(ET.PI('t', 'x').text), ET.PI is ET.ProcessingInstruction, repr(ET.PI('t').text))
ee.set('k', 'v'); print(ee.get('k'), ee.get('zz', 'd'), ee.attrib); ee.clear(); print(ee.attrib, ee.text, len(ee))
x = ET.fromstring('<a k="1"><b/>t</a>'); y = copy.copy(x); z = copy.deepcopy(x); print(y[0] is x[0], z[0] is x[0], z.attrib, z.text, y.attrib is x.attrib)
print(bool(ET.Element('q')), ET.Element('q').makeelement('w', {}).tag)
tb = ET.TreeBuilder(); tb.start('r', {}); tb.data('x'); tb.data('y'); tb.start('s', {'k': 'v'}); tb.end('s'); tb.data('tail'); tb.end('r'); rr = tb.close(); print(rr.text, rr[0].tail, rr[0].attrib)
p = ET.XMLParser(); p.feed('<a>he'); p.feed('llo</a>'); print(p.close().text)
pp = ET.XMLPullParser(['start', 'end']); pp.feed('<a><b>'); print([(ev, el.tag) for ev, el in pp.read_events()]); pp.feed('</b></a>'); print([(ev, el.tag) for ev, el in pp.read_events()]); pp.close()
print([(ev, el if ev in ('start-ns', 'end-ns') else el.tag if ev != 'comment' else el.text) for ev, el in ET.iterparse(io.BytesIO(b'<a xmlns:p="u"><p:b/><!--c--></a>'), events=('start', 'end', 'start-ns', 'end-ns', 'comment'))])
it = ET.iterparse(io.StringIO('<a><b>1</b><b>2</b></a>')); print([(ev, el.tag, el.text) for ev, el in it], it.root.tag)
t = ET.parse(io.StringIO('<a><b>1</b></a>')); print(t.getroot().tag, t.find('b').text, [x.tag for x in t.findall('b')], t.findtext('b'), [e.tag for e in t.iter()])
out = io.BytesIO(); t.write(out); print(out.getvalue()); out = io.StringIO(); t.write(out, encoding='unicode', xml_declaration=True); print(out.getvalue())
out = io.BytesIO(); t.write(out, encoding='utf-8', xml_declaration=True); print(out.getvalue())
print(ET.XML('<a/>').tag, ET.fromstringlist(['<a>', '</a>']).tag, sorted(ET.XMLID('<a id="1"><b id="2"/></a>')[1]))
class T:
    def start(self, tag, attrib): print('start', tag, attrib)
    def end(self, tag): print('end', tag)
    def data(self, d): print('data', repr(d))
    def comment(self, c): print('comment', repr(c))
    def pi(self, t, d): print('pi', t, repr(d))
    def doctype(self, *a): print('doctype', a)
    def close(self): return 'closed'
p = ET.XMLParser(target=T()); p.feed('<!DOCTYPE r PUBLIC "-//X//Y" "http://x/y.dtd"><r a="1">x<!-- c --><?p  data ?>y<![CDATA[z]]>&amp;w\n</r>'); print(p.close())
print(ET.tostring(ET.fromstring('<a>x<!--c--><?p d?></a>', parser=ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True)))))
root = ET.Element('catalog')
for i, (title, price) in enumerate([('A & B', 9.5), ('C <D>', 12)]):
    book = ET.SubElement(root, 'book', id=str(i))
    ET.SubElement(book, 'title').text = title
    ET.SubElement(book, 'price').text = str(price)
ET.indent(root)
print(ET.tostring(root, encoding='unicode'))
back = ET.fromstring(ET.tostring(root))
print([(b.get('id'), b.findtext('title'), float(b.findtext('price'))) for b in back.iter('book')])
print(sum(float(p.text) for p in back.iter('price')), [b.find('title').text for b in back.findall("book[@id='1']")])
del back[0]; print(len(back), back[0].get('id')); back[0:1] = [ET.Element('x'), ET.Element('y')]; print([c.tag for c in back])
qn = ET.Element(ET.QName('http://q', 'tag')); qn.set(ET.QName('http://q', 'at'), ET.QName('http://v', 'val')); print(ET.tostring(qn))
print(ET.tostring(ET.fromstring('<a xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="t"/>')))
