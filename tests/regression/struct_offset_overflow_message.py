# pack_into/unpack_from with an offset near 2**63 computed offset+size in signed 64-bit for the error message (UB, UBSan abort)
import struct
b = bytearray(10)
for off in [(1 << 63) - 1, (1 << 63) - 2, (1 << 62), 11, 7]:
    try:
        struct.pack_into('i', b, off, 5)
    except struct.error as e:
        print('pack_into', e)
    try:
        struct.unpack_from('i', b, off)
    except struct.error as e:
        print('unpack_from', e)
    try:
        struct.Struct('<q').unpack_from(b, off)
    except struct.error as e:
        print('Struct.unpack_from', e)
print(bytes(b))
