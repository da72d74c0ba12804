# Runs CPython's pure-Python serialisation, archive, XML and misc modules (imported under
# a cpy_ prefix, or their own names for xml, from the directory run.sh prepares).
import io
import sys
sys.modules['_pickle'] = None  # CPython too runs pickle.py's pure-Python Pickler
import cpy_pickle as pickle
del sys.modules['_pickle']
import cpy_pickletools as pickletools
import cpy_copyreg as copyreg
import cpy_uuid as uuid
import cpy_zipfile as zipfile
import cpy_tarfile as tarfile
import cpy_wave as wave
import cpy_http_cookies as cookies
import cpy_codeop as codeop
import cpy_opcode as opcode
import cpy_shlex as shlex
import cpy_fileinput as fileinput
import xml.dom.minidom as minidom
import xml.etree.ElementTree as ET


class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)


obj = {'a': [1, 2.5, None, True, 'str', b'by', (3, 4), {5, 6}, frozenset([7])], 'p': Pt(1, 2), 'big': 2 ** 100}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(obj, protocol=proto)
    print(proto, len(data), pickle.loads(data) == obj)
print(pickle.dumps([1, 'a', (None,)], protocol=2))
rec = []
rec.append(rec)
r2 = pickle.loads(pickle.dumps(rec))
print(r2[0] is r2)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b'\x80\x04garbage')
except Exception as e:
    print(type(e).__name__)
out = io.StringIO()
pickletools.dis(pickle.dumps((1, 'x'), protocol=2), out)
print(out.getvalue())
print(pickletools.optimize(pickle.dumps([1, 2], protocol=2)))
print(copyreg.__newobj__ is not None, copyreg._reconstructor.__name__)
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, u.hex, u.int, u.version, u.variant, u.urn, repr(u), u.fields[:2])
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'), uuid.UUID(bytes=b'\x00' * 16))
print(uuid.SafeUUID.unknown, uuid.UUID(int=1) < uuid.UUID(int=2))
try:
    uuid.UUID('nope')
except ValueError as e:
    print(e)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('a.txt', 'hello zip')
    z.writestr('dir/b.bin', b'\x00\x01' * 10)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist(), z.read('a.txt'), [(i.filename, i.file_size, i.CRC) for i in z.infolist()], z.testzip())
    with z.open('dir/b.bin') as f:
        print(f.read(4))
print(zipfile.is_zipfile(io.BytesIO(buf.getvalue())), zipfile.is_zipfile(io.BytesIO(b'nope')))
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode='w', format=tarfile.USTAR_FORMAT) as t:
    for name, payload in (('x.txt', b'tar data'), ('sub/y.txt', b'more')):
        ti = tarfile.TarInfo(name)
        ti.size = len(payload)
        ti.mtime = 1700000000
        t.addfile(ti, io.BytesIO(payload))
tb.seek(0)
with tarfile.open(fileobj=tb) as t:
    print(t.getnames(), [(m.name, m.size, m.isfile()) for m in t.getmembers()], t.extractfile('sub/y.txt').read())
wb = io.BytesIO()
w = wave.open(wb, 'wb')
w.setnchannels(1)
w.setsampwidth(2)
w.setframerate(8000)
w.writeframes(b'\x01\x00\x02\x00' * 4)
w.close()
rw = wave.open(io.BytesIO(wb.getvalue()))
print(rw.getparams(), rw.readframes(2))
c = cookies.SimpleCookie()
c.load('session=abc123; theme="dark mode"')
c['session']['path'] = '/'
c['session']['httponly'] = True
print(sorted(c.keys()), c['theme'].value, c.output(sep='|'))
print(codeop.compile_command('x = 1') is not None, codeop.compile_command('if x:'))
try:
    codeop.compile_command('x = )')
except SyntaxError as e:
    print('SyntaxError')
print(opcode.opmap['LOAD_CONST'], opcode.opname[100], opcode.HAVE_ARGUMENT, 'BINARY_OP' in opcode.opmap)
lx = shlex.shlex('a=b; c "d e"', posix=True, punctuation_chars=True)
print(list(lx))
print(list(fileinput.input(files=[], openhook=None)) if False else fileinput.isfirstline.__name__)
doc = minidom.Document()
root = doc.createElement('root')
doc.appendChild(root)
item = doc.createElement('item')
item.setAttribute('id', '1')
item.appendChild(doc.createTextNode('text & <more>'))
root.appendChild(item)
print(doc.toxml())
print(root.toprettyxml(indent='  '))
print([n.tagName for n in doc.getElementsByTagName('item')], item.getAttribute('id'))
e = ET.Element('config', version='2')
s1 = ET.SubElement(e, 'opt', name='a')
s1.text = 'on'
ET.SubElement(e, 'opt', name='b').text = 'off'
print(ET.tostring(e))
print([o.get('name') for o in e.iter('opt')], e.find('opt').text, e.findall("opt[@name='b']")[0].text, len(e))
ET.indent(e)
print(ET.tostring(e, encoding='unicode'))
