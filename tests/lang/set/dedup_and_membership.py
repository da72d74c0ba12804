# Sets for dedup and fast membership, typical usage.
emails = ['a@x.com', 'b@y.com', 'a@x.com', 'c@z.com', 'b@y.com']
unique = set(emails)
print(len(emails), len(unique), sorted(unique))
banned = {'b@y.com'}
print(sorted(unique - banned))
allowed = [e for e in emails if e not in banned]
print(allowed)
primes = {2, 3, 5, 7, 11, 13}
print([n for n in range(15) if n in primes])
a = set('abracadabra')
b = set('alacazam')
print(sorted(a - b), sorted(a & b), sorted(a | b), sorted(a ^ b))
