# iter() with one and two arguments, next() with and without a default.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
show('exhausted', lambda: next(it))
show('not iterator', lambda: next(5))
show('list not iterator', lambda: next([1]))
show('not iterable', lambda: iter(5))
show('sentinel not callable', lambda: iter(5, 6))
show('no args', lambda: iter())
show('next no args', lambda: next())
vals = [3, 2, 1, 0, 5]
def pop():
    return vals.pop(0)
print(list(iter(pop, 0)), vals)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(Seq())))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Counter()
print(list(c), next(c, 'end'))
def gen():
    yield 'g'
g = gen()
print(next(g), next(g, None))
print(next(iter('xyz')), next(iter({'k': 1})), next(iter(range(5, 9))))
