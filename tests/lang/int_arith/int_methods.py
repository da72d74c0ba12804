# int methods and attributes: bit_length, to_bytes, from_bytes, conjugate, real.
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length())
print((2 ** 100).bit_length())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((10).conjugate())
print((7).bit_count(), (-7).bit_count())
print(int.__name__, (3).__class__.__name__)
print((6).as_integer_ratio())
