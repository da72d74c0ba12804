from email.message import Message
from email import encoders, errors
from email.charset import Charset

def dump(m):
    print(m._headers, repr(m._payload), m.get_charset())

m = Message()
print(len(m), m.get('x'), m['x'], 'x' in m, m.get_all('x'), m.get_all('x', []), m.get_content_type(), m.is_multipart())
m['To'] = 'a@b'
m['to'] = 'c@d'
m['Subject'] = 'Hi'
print(len(m), m['TO'], m.get_all('To'), list(m), m.keys(), m.values(), m.items(), 'subject' in m, list(m.raw_items()))
del m['TO']
del m['nothere']
print(m.items())
m.replace_header('subject', 'Bye')
print(m.items())
try:
    m.replace_header('X-None', 'v')
except KeyError as e:
    print('KeyError', e)
m.add_header('Content-Disposition', 'attachment', filename='bud.gif')
m.add_header('X-Opt', 'v', flag=None, long_name='a b', plain='x')
m.add_header('X-Uni', 'v', title='Füße')
m.add_header('X-Tup', 'v', title=('iso-8859-1', 'de', 'Füße'))
m.add_header('X-NoVal', None, a='1')
print(m.items())
print(m.get_filename(), m.get_params(header='x-opt'), m.get_params(header='x-opt', unquote=False))
print(m.get_param('title', header='x-uni'), m.get_param('title', header='x-tup'), m.get_param('missing', 'dflt', header='x-opt'), m.get_param('x', header='nope'))
m2 = Message()
m2['Content-Type'] = 'Text/HTML; charset="UTF-8"; format=flowed; name*0="long"; name*1="name.txt"'
print(m2.get_content_type(), m2.get_content_maintype(), m2.get_content_subtype(), m2.get_content_charset(), m2.get_filename(), m2.get_params())
m2.set_param('charset', 'iso-8859-1')
print(m2['content-type'])
m2.set_param('new', 'va lue')
m2.set_param('rfc', 'wert', charset='utf-8', language='de')
print(m2['content-type'])
m2.del_param('format')
print(m2['content-type'])
m2.set_type('text/plain')
print(m2.items())
try:
    m2.set_type('bad')
except ValueError as e:
    print('ValueError', repr(e))
m2.set_param('x', 'y', header='X-Foo')
m2.set_param('charset', 'utf-8', replace=True)
print(m2.items())
m3 = Message()
m3['Content-Type'] = 'nonsense'
print(m3.get_content_type())
m3.set_default_type('message/rfc822')
print(Message().get_content_type() if False else m3.get_default_type())
try:
    m3.set_boundary('x')
except errors.HeaderParseError as e:
    print('HPE', e)
m4 = Message()
try:
    m4.set_boundary('x')
except errors.HeaderParseError as e:
    print('HPE', e)
m4['Content-Type'] = 'multipart/mixed; boundary="old"; x=1'
m4['X'] = 'keep'
m4.set_boundary('new boundary')
print(m4.items(), m4.get_boundary())
m5 = Message(); m5['Content-Type'] = 'multipart/mixed'; m5.set_boundary('b1'); print(m5.items())
# payloads
p = Message()
p.set_payload('héllo wörld', 'utf-8')
dump(p)
print(p.get_payload(decode=True), p.get_content_charset(), p.get_charsets())
p = Message()
p.set_payload('café', 'iso-8859-1')
dump(p)
print(p.get_payload(decode=True))
p = Message()
p.set_payload('plain ascii', 'us-ascii')
dump(p)
p = Message()
p.set_payload(b'\x00\x01\xff')
dump(p)
print(p.get_payload(), p.get_payload(decode=True))
encoders.encode_base64(p)
dump(p)
print(p.get_payload(decode=True))
q = Message()
q.set_payload(b'a b\tc\xe9=\n')
encoders.encode_quopri(q)
dump(q)
print(q.get_payload(decode=True))
for data in [b'ascii', b'\xe9', None]:
    r = Message()
    r.set_payload(data)
    encoders.encode_7or8bit(r)
    dump(r)
encoders.encode_noop(r)
p = Message()
p.set_charset('utf-8')
dump(p)
p.set_charset(None)
dump(p)
p = Message()
p['Content-Type'] = 'text/plain; charset=ascii'
p.set_payload('x')
p.set_charset(Charset('iso-8859-1'))
dump(p)
mp = Message()
mp.attach(p)
mp.attach(Message())
print(mp.is_multipart(), len(mp.get_payload()), mp.get_payload(0) is p, mp.get_payload(decode=True), [x.get_content_type() for x in mp.walk()], mp.get_charsets('dflt'))
try:
    p.attach(Message())
except TypeError as e:
    print('TypeError', e)
try:
    p.get_payload(0)
except TypeError as e:
    print('TypeError', e)
print(Message().get_payload(), Message().get_payload(decode=True))
b = Message(); b['Content-Transfer-Encoding'] = 'base64'; b.set_payload('YWJjZA'); print(b.get_payload(decode=True), [type(d).__name__ for d in b.defects])
b = Message(); b['Content-Transfer-Encoding'] = 'base64'; b.set_payload('Y'); print(b.get_payload(decode=True), [type(d).__name__ for d in b.defects])
b = Message(); b['Content-Type'] = "text/plain; charset*=utf-8''%E2%82%AC"; print(b.get_content_charset(), b.get_param('charset'))
b = Message(); b['Content-Type'] = 'text/plain; charset="ünï"'; print(b.get_content_charset('fail'))
b = Message(); b['Content-Disposition'] = "attachment; filename*=utf-8''na%C3%AFve.txt"; print(b.get_filename(), b.get_content_disposition())
b = Message(); b['Content-Type'] = 'text/plain; a="x;y"; b=2'; print(b.get_params())
