# fasta: DNA sequence generation with a linear congruential generator, weighted random
# selection by cumulative probabilities, and line wrapping (Benchmarks Game style).
IM, IA, IC = 139968, 3877, 29573

class Random:
    def __init__(self):
        self.last = 42
    def next(self, maxv):
        self.last = (self.last * IA + IC) % IM
        return maxv * self.last / IM

ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
       "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
       "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
       "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA")
IUB = [("a", 0.27), ("c", 0.12), ("g", 0.12), ("t", 0.27), ("B", 0.02), ("D", 0.02),
       ("H", 0.02), ("K", 0.02), ("M", 0.02), ("N", 0.02), ("R", 0.02), ("S", 0.02),
       ("V", 0.02), ("W", 0.02), ("Y", 0.02)]
HOMO = [("a", 0.3029549426680), ("c", 0.1979883004921), ("g", 0.1975473066391),
        ("t", 0.3015094502008)]

def repeat_fasta(src, n, out):
    width = 60
    s = src * (n // len(src) + 2)
    pos = 0
    while n > 0:
        k = min(width, n)
        out.append(s[pos:pos + k])
        pos = (pos + k) % len(src)
        n -= k

def cumulative(table):
    acc = 0.0
    chars, probs = [], []
    for c, p in table:
        acc += p
        chars.append(c)
        probs.append(acc)
    return chars, probs

def random_fasta(table, n, rng, out):
    chars, probs = cumulative(table)
    width = 60
    while n > 0:
        k = min(width, n)
        line = []
        for _ in range(k):
            r = rng.next(1.0)
            i = 0
            while probs[i] < r:
                i += 1
            line.append(chars[i])
        out.append("".join(line))
        n -= k

def checksum(lines):
    h = 0
    for line in lines:
        for ch in line:
            h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    return h

N = 120000
rng = Random()
out = []
repeat_fasta(ALU, N * 2, out)
a = checksum(out)
out = []
random_fasta(IUB, N * 3, rng, out)
b = checksum(out)
counts = {}
for line in out:
    for ch in line:
        counts[ch] = counts.get(ch, 0) + 1
out = []
random_fasta(HOMO, N * 5, rng, out)
c = checksum(out)
print(a, b, c, len(out), out[-1])
print(sorted(counts.items())[:5])
