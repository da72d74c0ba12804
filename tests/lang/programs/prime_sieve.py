# Sieve of Eratosthenes plus prime factorization and related number theory.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = [False] * len(range(n * n, limit + 1, n))
    return [i for i, p in enumerate(is_prime) if p]


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


def format_factors(f):
    return ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in sorted(f.items()))


primes = sieve(200)
print(len(primes), primes[:10], primes[-5:])
big = sieve(100000)
print(len(big), big[-1], sum(big))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print('twin primes:', twins[:8])
gaps = {}
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print('largest gap under 100000:', max(gaps), 'most common gap:', max(gaps.items(), key=lambda kv: kv[1]))
for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143, 1]:
    print(n, '=', format_factors(factorize(n)) or '1')


def goldbach(n, prime_set):
    for p in sorted(prime_set):
        if n - p in prime_set:
            return p, n - p


ps = set(sieve(1000))
print([goldbach(n, ps) for n in range(4, 31, 2)])
print('primes that are palindromes:', [p for p in primes if str(p) == str(p)[::-1] and p > 10])
