# An infinite iterator class consumed with break, zip and next.
class Naturals:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
nat = Naturals()
for n in nat:
    if n > 4:
        break
print(n, next(nat))
print(list(zip('abc', Naturals())))
squares = (x * x for x in Naturals())
print([next(squares) for _ in range(5)])
evens = filter(lambda x: x % 2 == 0, Naturals())
print(next(evens), next(evens), next(evens))
print(next(x for x in Naturals() if x * x > 200))
