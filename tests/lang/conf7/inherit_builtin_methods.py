class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
    def __repr__(self): return 'Stack' + super().__repr__()
s = Stack([1]).push(2).push(3)
print(s, s.peek(), s.pop(), len(s), s[::-1], type(s[::-1]).__name__, isinstance(s, list))
try:
    Stack().peek()
except IndexError as e:
    print(e)
class LoggedDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        self.log.append('-' + k)
        super().__delitem__(k)
ld = LoggedDict(a=1)
ld['b'] = 2; del ld['a']; ld.update(c=3); ld.setdefault('d', 4); ld.pop('b')
print(ld, ld.log)
class CaseInsensitive(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    def __hash__(self): return hash(self.lower())
print(CaseInsensitive('AbC') == 'abc', 'abc' == CaseInsensitive('ABC'), CaseInsensitive('x') in {'X': 1}, {CaseInsensitive('K'): 1}.get(CaseInsensitive('k')), CaseInsensitive('Q') in ['q'])
class PosInt(int):
    def __new__(cls, v):
        if v < 0: raise ValueError('negative')
        return super().__new__(cls, v)
    def __add__(self, o): return PosInt(int(self) + int(o))
print(PosInt(3) + 4, type(PosInt(3) + 4).__name__, type(4 + PosInt(3)).__name__, PosInt(5) * 2)
try:
    PosInt(-1)
except ValueError as e:
    print(e)
class Temp(float):
    def __new__(cls, c): return super().__new__(cls, c)
    @property
    def f(self): return self * 9 / 5 + 32
    def __repr__(self): return f'Temp({float(self)}C)'
t = Temp(100)
print(t, t.f, t > 50, round(t), sorted([Temp(5), Temp(-1)]))
class Frozen(frozenset):
    def __repr__(self): return 'Frozen(' + ','.join(sorted(map(str, self))) + ')'
print(Frozen([3, 1]), Frozen([1]) | Frozen([2]), Frozen([1]) == frozenset([1]))
class Matrix2(tuple):
    def __new__(cls, rows): return super().__new__(cls, tuple(map(tuple, rows)))
    @property
    def T(self): return Matrix2(zip(*self))
m = Matrix2([[1, 2], [3, 4]])
print(m, m.T, m[0][1], len(m), hash(m) == hash(((1, 2), (3, 4))))
class Bytes2(bytes):
    def __new__(cls, s): return super().__new__(cls, s.encode())
print(Bytes2('hé'), Bytes2('a').decode(), len(Bytes2('hé')))
class RangeLike:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError('RangeLike index out of range')
        return i * i
rl = RangeLike(5)
print(list(rl), rl[-1], rl[1:4], 9 in rl, list(reversed(rl)), sorted(rl, reverse=True), max(rl), sum(rl), enumerate(rl).__next__())
try:
    rl[5]
except IndexError as e:
    print(e)
