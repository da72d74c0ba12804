# binascii's a2b_* functions take any bytes-like object (memoryview, array.array) or ASCII str.
import binascii, array
for v in [memoryview(b'aGVsbG8='), array.array('B', b'aGk='), bytearray(b'eA=='), 'eXk=', array.array('B'), memoryview(b'')]:
    print(binascii.a2b_base64(v), binascii.a2b_hex(binascii.b2a_hex(bytes(binascii.a2b_base64(v)))))
for bad in [1, None, 'é']:
    try: binascii.a2b_base64(bad)
    except Exception as e: print(type(e).__name__, e)
print(binascii.a2b_hex(memoryview(b'4142')), binascii.unhexlify(array.array('B', b'6162')))
