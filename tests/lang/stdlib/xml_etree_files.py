# not in the image: files
# xml.etree: documents fed a character at a time, files read and written, a feed turned into records.
import xml.etree.ElementTree as ET
import os, tempfile, io, json
doc = '''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss [
  <!ENTITY site "Example &amp; Co">
]>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>&site; news</title>
    <!-- a comment -->
    <item id="1"><title>First &lt;post&gt;</title><dc:creator>ann</dc:creator><pubDate>Mon, 01 Jan 2024</pubDate></item>
    <item id="2"><title><![CDATA[Second & <last>]]></title><dc:creator>bob</dc:creator></item>
    <?render fast?>
  </channel>
</rss>
'''
def events(chunks, kinds=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')):
    pp = ET.XMLPullParser(kinds)
    out = []
    try:
        for c in chunks:
            pp.feed(c)
            for ev, el in pp.read_events():
                out.append((ev, el if ev.endswith('-ns') or el is None else (el.tag if isinstance(el.tag, str) else el.text)))
        pp.close()
        for ev, el in pp.read_events():
            out.append((ev, el.tag if hasattr(el, 'tag') else el))
    except ET.ParseError as e:
        out.append(('error', str(e)))
    return out
whole = events([doc])
print(whole)
print(events(list(doc)) == whole, events([doc.encode()]) == whole, events([bytes([b]) for b in doc.encode()]) == whole)
for bad in ['<a><b></a>', '<a>&x;</a>', '<a', '<a>t', '<a></a><b/>']:
    print(events(list(bad)), events([bad]) == events(list(bad)))
root = ET.fromstring(doc)
ns = {'dc': 'http://purl.org/dc/elements/1.1/'}
items = [{'id': int(i.get('id')), 'title': i.findtext('title'), 'by': i.findtext('dc:creator', namespaces=ns), 'date': i.findtext('pubDate', 'n/a')} for i in root.iter('item')]
print(json.dumps(items, indent=1))
print(root.find('channel/title').text, root.attrib, [c.tag for c in root.find('channel')])
d = tempfile.mkdtemp()
p = os.path.join(d, 'out.xml')
tree = ET.ElementTree(root)
tree.write(p, encoding='utf-8', xml_declaration=True)
with open(p, 'rb') as f:
    data = f.read()
print(data[:60], len(data))
t2 = ET.parse(p)
print(t2.getroot().tag, len(t2.findall('.//item')), t2.find('.//item[@id="2"]/title').text)
tree.write(p)
with open(p, 'rb') as f:
    print(f.read()[:50])
tree.write(p, encoding='unicode')
with open(p, encoding='utf-8') as f:
    print(f.read()[:50])
n = 0
for ev, el in ET.iterparse(p, events=('end',)):
    if el.tag == 'item':
        n += 1
        el.clear()
print('items', n)
new = ET.Element('summary', count=str(len(items)))
for it in items:
    ET.SubElement(new, 'entry', id=str(it['id'])).text = it['title']
ET.indent(new)
ET.ElementTree(new).write(p, encoding='unicode')
with open(p) as f:
    print(f.read())
try:
    ET.parse(os.path.join(d, 'missing.xml'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.strerror)
with open(p, 'w') as f:
    f.write('<a>\n<b>\n</a>')
try:
    ET.parse(p)
except ET.ParseError as e:
    print('ParseError', e, e.position)
os.remove(p)
os.rmdir(d)
