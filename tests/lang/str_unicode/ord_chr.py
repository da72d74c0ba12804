# ord and chr round-trip for ASCII, BMP and astral code points.
for ch in ['A', 'z', '0', ' ', '\n', 'é', 'ñ', '€', '日', '😀', '\x00', '\U0010ffff']:
    print(repr(ch), ord(ch), chr(ord(ch)) == ch)
print(chr(65), chr(0x263A), chr(128512))
print(''.join(chr(c) for c in range(97, 123)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
