# Slicing bytes returns bytes; extended slices work.
b = b'0123456789'
print(b[2:5], b[:3], b[-3:], b[::2], b[::-1], b[8:2:-3])
print(b[5:5], b[100:], type(b[1:2]).__name__)
print(b[1:2] == b'1', b[1] == 49)
ba = bytearray(b'abcdef')
print(ba[1:4], type(ba[1:4]).__name__, ba[::-1])
print(b[-100:2])
ba[1:3] = b'XYZ'
print(ba, len(ba))
ba[::2] = b'1234'
print(ba)
try:
    ba[::2] = b'12'
except ValueError as e:
    print(type(e).__name__, e)
del ba[::3]
print(ba)
