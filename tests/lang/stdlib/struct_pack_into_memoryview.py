# struct.pack_into into a writable memoryview of a bytearray (slices included), with
# the offset checks against the view's length.
import struct
ba = bytearray(10)
m = memoryview(ba)[2:8]
struct.pack_into('<H', m, 0, 0xABCD); struct.pack_into('<H', m, -2, 0x1234); print(ba)
for args in [(m, 5, 1), (m, -7, 1), (memoryview(b'abcdef'), 0, 1), (memoryview(ba)[::2], 0, 1), (m, 4, 1)]:
    try: struct.pack_into('<H', *args); print(ba)
    except (struct.error, TypeError, ValueError) as e: print(type(e).__name__, e)
s = struct.Struct('>I'); s.pack_into(m, 1, 7); print(ba, bytes(m))
mv = memoryview(ba); mv.release()
try: struct.pack_into('<B', mv, 0, 1)
except (ValueError, TypeError) as e: print(type(e).__name__, e)
