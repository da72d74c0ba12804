# __iter__ and __next__ implementing the iterator protocol.
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'end'))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), 2 in r, sum(r))
a, b, c2 = Range2(3)
print(a, b, c2)
class NotIter:
    def __next__(self):
        return 1
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Range2(1))
except TypeError as e:
    print(type(e).__name__, e)
