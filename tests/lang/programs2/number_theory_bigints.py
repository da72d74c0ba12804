# Number theory with big integers: primes, modular arithmetic, toy RSA, continued fractions, isqrt.

def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def sieve(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0] = flags[1] = 0
    for i in range(2, int(limit ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytearray(len(range(i * i, limit + 1, i)))
    return [i for i, f in enumerate(flags) if f]


def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number")
    if n == 0:
        return 0
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def fmt_factors(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items()))


primes = sieve(200)
print(len(primes), primes[:15], primes[-5:])
print("sum of primes < 200:", sum(primes))
print("twin primes:", [(p, p + 2) for p in primes if p + 2 in set(primes)][:8])

big_candidates = [2 ** 61 - 1, 2 ** 89 - 1, 2 ** 127 - 1, 2 ** 127 + 1, 10 ** 18 + 9, 10 ** 30 + 57, 561, 1105]
for n in big_candidates:
    print(f"{n} prime? {is_probable_prime(n)}")

for n in [360, 1001, 2 ** 20 * 3 ** 5, 600851475143, 9999991, 123456789]:
    print(f"{n} = {fmt_factors(factorize(n))}")

for n in [0, 1, 15, 16, 17, 10 ** 40, 10 ** 41, 2 ** 200 + 12345]:
    r = isqrt(n)
    print(f"isqrt({n}) = {r} check={r * r <= n < (r + 1) ** 2}")

print("2^1000 digit sum:", sum(int(c) for c in str(2 ** 1000)))
f100 = 1
for k in range(2, 101):
    f100 *= k
print("100! digits:", len(str(f100)), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print("100! mod 1e9+7:", f100 % (10 ** 9 + 7))

p, q = 1000000007, 998244353
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print("RSA n =", n, "d =", d)
for msg in [42, 123456789, 10 ** 15 + 7]:
    c = pow(msg, e, n)
    back = pow(c, d, n)
    print(f"  m={msg} c={c} decrypted={back} ok={back == msg}")
try:
    modinv(6, 9)
except ValueError as err:
    print("ValueError:", err)

print("gcd chain:", egcd(240, 46), egcd(17, 5), egcd(10 ** 20, 10 ** 15 + 5))


def continued_fraction(num, den):
    terms = []
    while den:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield h1, k1


print("cf(415/93):", continued_fraction(415, 93))
pi_approx = 314159265358979323846
cf = continued_fraction(pi_approx, 10 ** 20)
print("cf(pi):", cf[:10])
for h, k in list(convergents(cf))[:6]:
    print(f"  {h}/{k} = {h / k:.12f}")

fibs = [0, 1]
while len(fibs) < 300:
    fibs.append(fibs[-1] + fibs[-2])
print("F(299) =", fibs[299])
print("F(299) bits:", fibs[299].bit_length(), "hex tail:", hex(fibs[299])[-12:])
print("gcd(F(240), F(180)) == F(60):", egcd(fibs[240], fibs[180])[0] == fibs[60])

def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for b in [2, 3, 7, 16, 36]:
    s = to_base(-(3 ** 40), b)
    print(f"base {b:2}: {s} roundtrip={int(s, b) == -(3 ** 40)}")

collatz_cache = {1: 1}
def collatz_len(n):
    path = []
    while n not in collatz_cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = collatz_cache[n]
    for m in reversed(path):
        length += 1
        collatz_cache[m] = length
    return length

best = max(range(1, 30000), key=collatz_len)
print("longest collatz < 30000:", best, collatz_len(best))
print("perfect numbers:", [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128])
print("mersenne exps:", [k for k in range(2, 130) if is_probable_prime(2 ** k - 1)])
print(-(2 ** 100) // 7, -(2 ** 100) % 7, (2 ** 100) // -7, divmod(-(10 ** 25), 10 ** 12 + 1))
print((2 ** 100) >> 37, (-(2 ** 100)) >> 37, (2 ** 100) & (2 ** 64 - 1), ~(2 ** 100) | 5, (3 ** 50) ^ (2 ** 79))
