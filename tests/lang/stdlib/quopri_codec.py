# quopri (was ModuleNotFoundError): the string and file interfaces and the byte helpers.
import quopri, io
print(quopri.__all__)
print(quopri.encodestring(b'h\xe9llo = world\t\n' + b'x' * 100))
print(quopri.encodestring(b'a b\tc', quotetabs=True), quopri.encodestring(b'a b_c', header=True))
print(quopri.encodestring(b'trailing space \nand tab\t\n'), quopri.encodestring(b''))
print(quopri.decodestring(b'h=E9llo=3D=\nx_y'), quopri.decodestring(b'a_b', header=True))
print(quopri.decodestring(b'=4a=4B=zz=\r\nend'), quopri.decodestring('abc=3D'))
print(quopri.quote(b'='), quopri.quote(b'\xff'), quopri.quote(b'\n'))
print(quopri.ishex(b'a'), quopri.ishex(b'G'), quopri.ishex(b'9'), quopri.unhex(b'fF'), quopri.unhex(b'1a2B'), quopri.unhex(b''))
print(quopri.needsquoting(b'=', False, False), quopri.needsquoting(b' ', True, False), quopri.needsquoting(b' ', False, False), quopri.needsquoting(b'_', False, True), quopri.needsquoting(b'\x7f', False, False), quopri.needsquoting(b'a', 0, 0))
print(quopri.MAXLINESIZE, quopri.HEX, quopri.ESCAPE, quopri.EMPTYSTRING)
o = io.BytesIO(); quopri.encode(io.BytesIO(b'abc=\n\xff \n'), o, False); print(o.getvalue())
o = io.BytesIO(); quopri.encode(io.BytesIO(b'a b_c'), o, True, header=True); print(o.getvalue())
o = io.BytesIO(); quopri.decode(io.BytesIO(b'abc=3D\nx=\ny'), o); print(o.getvalue())
o = io.BytesIO(); quopri.decode(io.BytesIO(b'a_b'), o, header=True); print(o.getvalue())
for bad in (lambda: quopri.encodestring('str'), lambda: quopri.quote('='), lambda: quopri.ishex('a'), lambda: quopri.unhex(b'xy'), lambda: quopri.decodestring(5)):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
