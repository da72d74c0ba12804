# A custom iterable class returning a separate iterator object.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIterator(self.start)
class CountdownIterator:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n < 0:
            raise StopIteration
        v = self.n
        self.n -= 1
        return v
c = Countdown(3)
print(list(c), list(c))
print(sum(c), max(c), 2 in c, sorted(c))
for a, b in zip(c, c):
    print(a, b, end='; ')
print()
it = iter(c)
print(next(it), list(it))
