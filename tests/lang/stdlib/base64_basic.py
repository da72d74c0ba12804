import base64, binascii
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
datas = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\0\0\0\0', b'    ', b'\xff' * 7, b'a\0\0\0\0b']
for d in datas:
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode), (base64.standard_b64encode, base64.standard_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode), (base64.b16encode, base64.b16decode),
                     (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode), (base64.encodebytes, base64.decodebytes)]:
        e = enc(d); print(enc.__name__, e); r = dec(e); print(r == d)
    t(base64.b85encode, d, pad=True); t(base64.a85encode, d, pad=True); t(base64.a85encode, d, foldspaces=True); t(base64.a85encode, d, adobe=True, wrapcol=7); t(base64.a85encode, d, wrapcol=3)
    t(base64.b64encode, d, altchars=b'-_')
t(base64.b64decode, b'ab!c', validate=True); t(base64.b64decode, b'ab!c'); t(base64.b64decode, 'YWJj'); t(base64.b64decode, 'YWJjé'); t(base64.b64decode, 5); t(base64.b64decode, b'YQ'); t(base64.b64decode, b'-_-_', altchars=b'-_')
t(base64.b64encode, 'abc'); t(base64.b32encode, 'abc'); t(base64.b16encode, 'ab'); t(base64.encodebytes, 'ab'); t(base64.b85encode, 'x')
t(base64.b32decode, b'MZXW6==='); t(base64.b32decode, b'mzxw6===', casefold=True); t(base64.b32decode, b'mzxw6==='); t(base64.b32decode, b'MZXW6=='); t(base64.b32decode, b'MZXW6=A='); t(base64.b32decode, b'M1XW6===', map01=b'L'); t(base64.b32decode, b'MZXW====');t(base64.b32decode, b'========'); t(base64.b32decode, b'MZ======'); t(base64.b32decode, b'MZX====='); t(base64.b32decode, b'MZXW6YQ=')
t(base64.b16decode, b'0aff'); t(base64.b16decode, b'0aff', casefold=True); t(base64.b16decode, b'0AF'); t(base64.b16decode, '0AFG')
t(base64.b85decode, b'abc~d'); t(base64.b85decode, b'|NsC0~'); t(base64.b85decode, b'|NsC1'); t(base64.b85decode, b'~~~~~')
t(base64.a85decode, b'<~9jqo^~>', adobe=True); t(base64.a85decode, b'9jqo^', adobe=True); t(base64.a85decode, b'9jzqo'); t(base64.a85decode, b'9j qo\n^'); t(base64.a85decode, b's8W-"'); t(base64.a85decode, b'9jqo{'); t(base64.a85decode, b'y', foldspaces=True); t(base64.a85decode, b'9y', foldspaces=True); t(base64.a85decode, b'zz')
t(base64.encodebytes, b'x' * 200); t(base64.decodebytes, base64.encodebytes(b'y' * 100))
print(base64.__all__)
