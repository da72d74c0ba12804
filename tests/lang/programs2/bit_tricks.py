# Bit manipulation: masks, Gray codes, popcount, bitsets as ints, subset enumeration, binary formatting.

def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def gray(n):
    return n ^ (n >> 1)


def gray_inverse(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


def reverse_bits(n, width):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out


def lowest_set(n):
    return n & -n


class BitSet:
    def __init__(self, items=()):
        self.bits = 0
        for i in items:
            self.add(i)

    def add(self, i):
        self.bits |= 1 << i

    def discard(self, i):
        self.bits &= ~(1 << i)

    def __contains__(self, i):
        return self.bits >> i & 1 == 1

    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1

    def __len__(self):
        return popcount(self.bits)

    def __or__(self, o):
        r = BitSet()
        r.bits = self.bits | o.bits
        return r

    def __and__(self, o):
        r = BitSet()
        r.bits = self.bits & o.bits
        return r

    def __xor__(self, o):
        r = BitSet()
        r.bits = self.bits ^ o.bits
        return r

    def __sub__(self, o):
        r = BitSet()
        r.bits = self.bits & ~o.bits
        return r

    def __repr__(self):
        return f"BitSet({list(self)})"


print([popcount(n) for n in range(17)], popcount(2 ** 100 - 1), popcount(-1 & 0xFFFF))
print([bin(n).count("1") == popcount(n) for n in (0, 5, 255, 1 << 64, 12345678901234567890)])
for n in range(8):
    g = gray(n)
    print(f"{n:>2} {n:03b} -> gray {g:03b} ({g}) -> back {gray_inverse(g)}")
print([reverse_bits(n, 8) for n in (1, 2, 3, 0b10110000, 255)], f"{reverse_bits(0xF0F0, 16):#06x}")
print([lowest_set(n) for n in (12, 10, 7, 64, 96)], (96).bit_length(), (-96).bit_length(), (0).bit_length())
a = BitSet([1, 3, 5, 7, 64, 100])
b = BitSet(range(0, 10, 2))
print(a, b, len(a), 64 in a, 65 in a)
print(a | b, a & BitSet([3, 100]), a ^ b, a - BitSet([1, 100]))
a.discard(64)
a.discard(999)
print(a, bin(a.bits), hex(a.bits))

items = ["apple", "bread", "cheese", "dates"]
prices = [3, 5, 7, 2]
budget = 10
best = max(range(1 << len(items)),
           key=lambda m: (sum(p for i, p in enumerate(prices) if m >> i & 1) if sum(p for i, p in enumerate(prices) if m >> i & 1) <= budget else -1, -m))
print("best basket:", [items[i] for i in range(len(items)) if best >> i & 1], "mask", f"{best:04b}")
mask = 0b1011
subs = []
s = mask
while True:
    subs.append(f"{s:04b}")
    if s == 0:
        break
    s = (s - 1) & mask
print("submasks of 1011:", subs)

print(f"{255:08b} {255:o} {255:X} {-255:x} {255:#010b} {1 << 40:,} {0xdead_beef:_b}")
print(int("1111_0000", 2), int("-0x_ff", 16) if False else int("-0xff", 16), int("0o777", 8), 0b101 << 3, 0xFF >> 4)
print(~0, ~5, ~-6, -1 >> 10, -1024 >> 3, 1 << 0, (1 << 200) >> 199, 5 & -5, -5 | 3, -6 ^ 3)
x = 0
for bit in (0, 3, 5, 60, 61):
    x |= 1 << bit
print(x, hex(x), x.bit_length(), x.to_bytes(8, "big").hex(), int.from_bytes(x.to_bytes(8, "little"), "little") == x)
print((2 ** 64 - 1).to_bytes(8, "big"), (-129).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\x7f", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)


def xorshift(state):
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state

s = 2463534242
seq = []
for _ in range(8):
    s = xorshift(s)
    seq.append(s)
print(seq)
print([f"{v:032b}".count("1") for v in seq])

def crc8(data, poly=0x07):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ poly) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc

for msg in [b"", b"a", b"hello", b"123456789", bytes(range(50))]:
    print(f"crc8({msg[:12]!r}) = 0x{crc8(msg):02x}")
hamming = [(a, b, popcount(a ^ b)) for a, b in [(0b1011101, 0b1001001), (0, 255), (2 ** 70, 2 ** 70 + 7)]]
print(hamming)
