# bin/oct/hex use __index__ and put the sign before the prefix; chr and ord round-trip.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for n in (0, 5, -5, 255, -255, 2**70, -(2**70)):
    print(n, bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
show('hex float', lambda: hex(1.5))
show('bin str', lambda: bin('a'))
show('oct none', lambda: oct(None))
show('hex args', lambda: hex())
show('hex kw', lambda: hex(x=1))
print(chr(65), chr(0x20ac), chr(0x1F600) == '\U0001F600', ord('A'), ord('\u20ac'), ord('\U0001F600'))
print(ord(b'a'), ord(bytearray(b'z')))
show('chr neg', lambda: chr(-1))
show('chr big', lambda: chr(0x110000))
show('chr huge', lambda: chr(2**100))
show('chr str', lambda: chr('a'))
show('ord long', lambda: ord('ab'))
show('ord empty', lambda: ord(''))
show('ord int', lambda: ord(1))
show('ord bytes', lambda: ord(b'ab'))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
