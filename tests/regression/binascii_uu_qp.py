# binascii had no uuencode (a2b_uu/b2a_uu) nor quoted-printable (a2b_qp/b2a_qp) functions: quopri and uu fell back or failed with AttributeError; CPython 3.11's encodings and error messages
import binascii

def show(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

for data in (b'', b'a', b'ab', b'abc', b'\x00\x00\x00', bytes(range(45)), b'\xff' * 7):
    enc = binascii.b2a_uu(data)
    show(binascii.b2a_uu, data)
    show(binascii.b2a_uu, data, backtick=True)
    print(binascii.a2b_uu(enc) == data, binascii.a2b_uu(binascii.b2a_uu(data, backtick=True)) == data)
show(binascii.b2a_uu, bytes(46))
show(binascii.a2b_uu, b'')
show(binascii.a2b_uu, '')
show(binascii.a2b_uu, b'#86)C\n')
show(binascii.a2b_uu, b'#86)C')
show(binascii.a2b_uu, b'&86)C\n')
show(binascii.a2b_uu, b'#86)C  ``\r\n')
show(binascii.a2b_uu, b'#86)Cx')
show(binascii.a2b_uu, b'#8\x01)C')
show(binascii.a2b_uu, memoryview(b'!80  '))
show(binascii.a2b_uu, 'é')

qp_inputs = [b'', b'hello', b'a=b', b'tab\tend\t', b'space \nnext', b'.\n', b'x\n.\r\n', b'caf\xc3\xa9',
             b'under_score and space', b'line1\r\nline2 \r\n', b'\x00\x01\x7f', b'a' * 80,
             b'b' * 74 + b'=', b'c' * 75 + b'\n' + b'd' * 76, b'trailing ', b'cr\ronly\r', b'. x']
for data in qp_inputs:
    for kw in ({}, {'quotetabs': True}, {'istext': False}, {'header': True}, {'quotetabs': 1, 'header': 1}):
        enc = binascii.b2a_qp(data, **kw)
        print(repr(enc), binascii.a2b_qp(enc, header=kw.get('header', False)) == data)
for s in (b'=41=42', b'=4', b'=', b'a=\nb', b'a=\r\nb', b'a=  \nb', b'==41', b'=zz', b'x_y', '=3D', b'=e9=E9', b'a=\r'):
    show(binascii.a2b_qp, s)
    show(binascii.a2b_qp, s, header=True)
show(binascii.a2b_qp, data=b'_', header=True)
show(binascii.b2a_qp, data=b' _ ', header=True)
show(binascii.b2a_qp, 'text')
show(binascii.a2b_qp, 5)
