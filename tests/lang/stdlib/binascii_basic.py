import binascii
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
for s in [b'YWJj', b'YWJ', b'YW', b'Y', b'YQ==', b'YQ=', b'YQ', b'YQ===', b'=YQ==', b'Y!Q==', b'YQ==YQ==', b'YQ=a=', b'YWJj\nZGVm', b'', b'====', b'Y===', b'YQ==\n', b'ab=c', b'YWJjZA', b'YWJjZGVmZ2g=', b'  YW Jj  ']:
    t(binascii.a2b_base64, s); t(binascii.a2b_base64, s, strict_mode=True)
t(binascii.a2b_base64, 'YWJj'); t(binascii.a2b_base64, 'YWJjé'); t(binascii.a2b_base64, 5)
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))]:
    t(binascii.b2a_base64, d); t(binascii.b2a_base64, d, newline=False); t(binascii.hexlify, d); t(binascii.crc32, d); t(binascii.crc_hqx, d, 0)
    t(binascii.a2b_base64, binascii.b2a_base64(d)); t(binascii.unhexlify, binascii.hexlify(d))
t(binascii.b2a_base64, 'ab')
t(binascii.hexlify, b'\x01\x02\x03\x04\x05', '-', 2); t(binascii.hexlify, b'\x01\x02\x03\x04\x05', b':', -2); t(binascii.hexlify, b'\x01\x02', '--'); t(binascii.hexlify, b'\x01\x02', 'é'); t(binascii.hexlify, b'\x01\x02\x03', ' ', 0)
t(binascii.hexlify, b'\x01\x02\x03\x04\x05\x06\x07', ' ', 3); t(binascii.hexlify, b'\x01\x02\x03\x04\x05\x06\x07', ' ', -3); t(binascii.hexlify, b'\x01\x02\x03', ' '); t(binascii.b2a_hex, b'\xff\x00', sep='|')
t(binascii.unhexlify, 'abc'); t(binascii.unhexlify, 'zz'); t(binascii.unhexlify, b'0aFF'); t(binascii.crc32, b'hello'); t(binascii.crc32, b'hello', 2**40+5); t(binascii.crc32, b'hello', -1); t(binascii.crc_hqx, b'hello', 0); t(binascii.crc_hqx, b'hello', 0x1ffff); t(binascii.crc_hqx, b'hello')
t(binascii.crc32, b'world', binascii.crc32(b'hello '))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
t(binascii.b2a_hex, b'ab', sep='x', bytes_per_sep=1); t(binascii.hexlify, bytearray(b'ab')); t(binascii.hexlify, 'ab'); t(binascii.crc32, 'ab')
t(binascii.a2b_hex, '0g'); t(binascii.unhexlify, 5); t(binascii.crc32, b'a', 1.5)
try: binascii.unhexlify('1')
except ValueError as e: print('caught as ValueError', type(e).__name__)
