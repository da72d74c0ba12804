# xml.etree.cElementTree: the deprecated alias old programs import; ElementTree's names
import xml.etree.cElementTree as ET
import xml.etree.ElementTree as E

print(ET.Element is E.Element, sorted(n for n in dir(ET) if not n.startswith('__')) == sorted(E.__all__))
root = ET.fromstring('<a x="1"><b>text</b><b>more</b></a>')
print(root.tag, root.attrib, [b.text for b in root.findall('b')])
ET.SubElement(root, 'c', y='2').text = 'new'
print(ET.tostring(root, encoding='unicode'))
