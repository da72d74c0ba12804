# secrets: token sizes and alphabets, randbelow/randbits/choice ranges, errors.
import secrets, string

print(secrets.DEFAULT_ENTROPY)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0))
print(type(secrets.token_bytes(3)).__name__)
h = secrets.token_hex(8)
print(len(h), all(c in '0123456789abcdef' for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u), '=' in u)
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(1)), secrets.token_urlsafe(0))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)))
print(set(secrets.randbelow(2) for _ in range(200)) == {0, 1})
print(secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('a') , secrets.choice([7]), secrets.choice('abc') in 'abc')
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    secrets.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    secrets.randbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'abc', b'abd'))
try:
    secrets.compare_digest('abc', b'abc')
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), len({secrets.token_hex(16) for _ in range(50)}))
