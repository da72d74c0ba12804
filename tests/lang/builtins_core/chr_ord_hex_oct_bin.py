# chr, ord, hex, oct, bin conversions.
print(chr(97), ord('a'), chr(8364), ord('€'))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2 ** 64), bin(2 ** 10), oct(511))
print(int(hex(1234), 16), int(bin(77), 2), int(oct(99), 8))
for fn in [hex, oct, bin]:
    try:
        fn(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(format(255, 'x'), format(255, '#b'), format(8, 'o'))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
