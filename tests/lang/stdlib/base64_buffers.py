# base64 takes any buffer (memoryview, also cast to other formats, array.array) as CPython's
# does through memoryview; encodebytes/decodebytes want single-byte 1-D data, with CPython's
# messages. Only bytes and bytearray were accepted (test_base64's memoryview cases).
import base64, binascii
m = memoryview(b'abcd').cast('I')
for f in (base64.b64encode, base64.b32encode, base64.b16encode, base64.a85encode, base64.b85encode, binascii.hexlify, base64.encodebytes, bytes, bytearray):
    try: print(f.__name__, f(m))
    except Exception as e: print(f.__name__, type(e).__name__, e)
for f in (base64.b64decode, base64.b32decode, base64.b16decode, base64.a85decode, base64.b85decode, base64.decodebytes, binascii.unhexlify):
    try: print(f.__name__, f(memoryview(b'4142').cast('H')))
    except Exception as e: print(f.__name__, type(e).__name__, e)
import array
for v in (memoryview(b'abc'), array.array('B', b'abc'), bytearray(b'abc')):
    print(base64.encodebytes(v), base64.b32encode(v), base64.a85encode(v), base64.b85encode(v))
print(base64.decodebytes(memoryview(b'YWJj\n')), base64.decodebytes(array.array('B', b'YWJj\n')))
print(base64.b64decode(array.array('B', b'YWJj')), base64.b32decode(memoryview(b'MFRGG===')))
for bad in (3, 'x', array.array('I', [1])):
    for f in (base64.encodebytes, base64.b32encode, base64.b64decode):
        try:
            f(bad)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
