# xml.etree.ElementTree.fromstring: well-formed documents and expat's errors (message, code, position).
import xml.etree.ElementTree as ET
cases = ['<a', '<a>', '<a></b>', '<a/><b/>', '', 'x', '<a>&foo;</a>', '<a x=1/>', '<a x="1" x="2"/>', '<a>\n <b></c></a>',
         '<?xml version="1.0"?>\n<r>&amp;&#65;&#x42;</r>', '<a><![CDATA[<x>]]></a>', '<a b="&lt;\n\tc"/>', '<a>]]></a>', '<1a/>', '<a:b/>',
         '<a xmlns:p="u"><p:b p:c="1" d="2"/></a>', '<a>x</a>  \n', '<a>x</a> <!-- c --> <?pi x?>', '<!DOCTYPE a [<!ENTITY e "hi">]><a>&e;</a>',
         '<a>\x01</a>', '<a><b>text</b>tail<!--c--><?p d?></a>', '<a>&#0;</a>', '<a>&#xD800;</a>', '<a x="<"/>', '<a></a >', '< a/>', '<a/ >',
         '<a x="1"y="2"/>', '<é></b>', b'<\xc3\xa9></b>', '<a>\r\n<b></c></a>', '<a><!-- x', '<a><?pi', '<a><![CDATA[x', '<a>&am', '<a>&a b;</a>',
         '<a>text', '<?xml version="1.0"?><?xml version="1.0"?><a/>', '<a/><?xml version="1.0"?>', ' <?xml version="1.0"?><a/>',
         '<a><!-- a -- b --></a>', '<a x="1" xmlns="u"><b/></a>', '<p:a xmlns:p="u" xmlns:q="v" q:x="1"/>', '<a xml:lang="en"/>',
         '<!DOCTYPE a><a/>', '<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>', '<a>&#65;&#x1F600;</a>', '<a\n  x="1"\n  x="2"/>', '<a>\n\n   </a><',
         '<a></a>\n<!-- c -->\ntext', b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>', b'\xef\xbb\xbf<a>x</a>', '<a>\r\r\n</a>',
         '<a b="x\r\ny"/>', '<a>&lt;&gt;&quot;&apos;</a>', '<a><b/><b/><c>t</c></a>', '<a x="&#10;"/>', '<!-- top --><a/>', '<a/>\n',
         '<?pi first?><a/>', '<a><</a>', '<a>&#;</a>', '<a>&#x;</a>', '<a>&#12a;</a>', '<a b="1" / >', '<a></a></a>', '</a>', '<a>x</a>y',
         '<a xmlns="u1"><b xmlns="u2"><c/></b><d/></a>', '<a xmlns:x="u"><x:b/></a><!--after-->', '<a><b></a>', '<r><a x="1"/><a x="2"></a></r>',
         '<?xml version="1.0" encoding="utf-16"?><a/>'.encode('utf-16'), '<!DOCTYPE r [\n<!ELEMENT r (#PCDATA)>\n<!ENTITY co "ACME &amp; Co">\n]><r>&co;</r>']
for s in cases:
    try:
        e = ET.fromstring(s)
        print(repr(s), 'OK', e.tag, e.attrib, repr(e.text), [(c.tag, c.attrib, c.text, c.tail) for c in e])
    except ET.ParseError as x:
        print(repr(s), 'ParseError', x, x.code, x.position)
