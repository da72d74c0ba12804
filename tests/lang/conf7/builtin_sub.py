class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
    def __str__(self): return 'myint'
a = MyInt(5)
print(a, repr(a), f'{a}', f'{a:d}', '%d' % a, '%s' % a, format(a, ''), str(a + 1), type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__)
print([a], (a,), {a: a}, '{}'.format(a), '{!r}'.format(a))
class MyFloat(float):
    def __format__(self, spec): return 'FMT' + spec
print(f'{MyFloat(1.5):.2f}', format(MyFloat(2)), str(MyFloat(2.5)), repr(MyFloat(2.5)), '%.1f' % MyFloat(2.25))
class MyStr(str):
    def __str__(self): return 'overridden'
    def upper(self): return 'custom upper'
s = MyStr('abc')
print(s, str(s), f'{s}', '%s' % s, s.upper(), s.lower(), type(s + 'x').__name__, type(s[0]).__name__, type(s.strip()).__name__, s == 'abc', hash(s) == hash('abc'))
print(print(s) if False else '', ''.join([s, s]), s * 2, len(s))
class MyList(list):
    def __len__(self): return 99
ml = MyList([1, 2])
print(len(ml), bool(MyList()), list(ml), ml + [3], type(ml + [3]).__name__, type(ml[:1]).__name__, ml == [1, 2], sorted(ml))
class MyDict(dict):
    def __getitem__(self, k): return 'gi:' + str(k)
    def keys(self): return ['z']
md = MyDict(a=1)
print(md['a'], md.get('a'), dict(md), {**md}, list(md), md.copy(), type(md.copy()).__name__)
class Keys:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
print(dict(Keys()), {**Keys()})
def kw(**k): return k
print(kw(**Keys()))
try:
    kw(**[1])
except TypeError as e:
    print(e)
class MyTuple(tuple):
    def __new__(cls, *args): return super().__new__(cls, args)
mt = MyTuple(1, 2, 3)
print(mt, type(mt).__name__, mt[1:], type(mt[1:]).__name__, mt + (4,), mt.count(1))
class Bool2(int):
    pass
print(Bool2(True), True + Bool2(1), isinstance(True, int), int.__subclasses__ is not None)
class Ordered(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
o = Ordered(); o['a'] = 1; o.update(b=2); o.setdefault('c', 3)
print(o)
class ExcSub(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise ExcSub('bad thing', 42)
except ValueError as e:
    print(e, e.code, e.args, repr(e))
class SetSub(set):
    pass
ss = SetSub([1, 2])
print(type(ss | {3}).__name__, type(ss.copy()).__name__, ss, SetSub(), repr(frozenset()), frozenset({1}))
class FS(frozenset):
    pass
print(FS([1]), type(FS([1]) | {2}).__name__)
class BytesSub(bytes):
    pass
bs = BytesSub(b'ab')
print(bs, type(bs + b'c').__name__, bs.upper(), type(bs.upper()).__name__, bs[0], type(bs[:1]).__name__)
class C(complex):
    pass
print(C(1, 2), type(C(1, 2) + 1).__name__, C(1, 2).real)
class Ran(int):
    def __index__(self): return 2
print(list(range(Ran(5))), 'abcdef'[Ran(1)])
class Strange(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(Strange('a') == 'b', 'b' == Strange('a'), Strange('a') in ['zz'], {Strange('a'): 1}.get('a'))
