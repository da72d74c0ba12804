def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
l = [1]; l.append(l); t(lambda: l); t(lambda: str(l))
d = {}; d['self'] = d; t(lambda: d)
s = set(); t(lambda: s)
class R:
    def __repr__(self): return 'R()'
t(lambda: [R(), (R(),), {R(): R()}]); t(lambda: {1: [2, (3, {4})]}); t(lambda: (1,)); t(lambda: ()); t(lambda: [()]); t(lambda: ((),))
t(lambda: 1.0); t(lambda: -0.0); t(lambda: 1e-7); t(lambda: 1e16); t(lambda: 123456789.123456789); t(lambda: float('nan')); t(lambda: [float('inf'), -float('inf')])
t(lambda: 'a\'b'); t(lambda: "a'b\"c"); t(lambda: '\\'); t(lambda: '\x00\x1f\x7f'); t(lambda: 'tab\there'); t(lambda: '\r\n'); t(lambda: 'é'); t(lambda: '\u200f')
t(lambda: b'\x00\xff'); t(lambda: bytearray(b'ab')); t(lambda: memoryview(b'')[:0].tobytes()); t(lambda: range(0)); t(lambda: range(-5, 5, 2)); t(lambda: slice(1, None, -1))
t(lambda: {1, 2, 3}); t(lambda: frozenset({1})); t(lambda: {'b': 1, 'a': 2}); t(lambda: dict.fromkeys([3, 1, 2])); t(lambda: [None, True, False, ...]); t(lambda: NotImplemented)
t(lambda: 1j); t(lambda: 1+0j); t(lambda: -1j); t(lambda: complex(0, -0.0)); t(lambda: complex(1e300, 1e-300)); t(lambda: 0j); t(lambda: complex(-0.0, 0))
import collections, enum, decimal, fractions, datetime
t(lambda: collections.OrderedDict(a=1)); t(lambda: collections.defaultdict(int, a=1)); t(lambda: collections.Counter('aab')); t(lambda: collections.deque([1], maxlen=5)); t(lambda: collections.namedtuple('P', 'x')(1)); t(lambda: collections.ChainMap({1: 2}))
class E(enum.Enum):
    A = 1
class F(enum.IntFlag):
    R = 1
    W = 2
t(lambda: E.A); t(lambda: str(E.A)); t(lambda: F.R | F.W); t(lambda: str(F.R | F.W)); t(lambda: F(0)); t(lambda: list(E))
t(lambda: decimal.Decimal('1.10')); t(lambda: fractions.Fraction(2, 4)); t(lambda: datetime.date(2020, 1, 2)); t(lambda: datetime.timedelta(days=1, seconds=5)); t(lambda: datetime.datetime(2020, 1, 2, 3, 4, 5))
t(lambda: repr(lambda: 0)[:19]); t(lambda: repr(R)[:17]); t(lambda: repr(int)); t(lambda: repr(R.__repr__)[:26]); t(lambda: repr(iter([]))[:22])
import re
t(lambda: re.compile(r'a+b', re.I)); t(lambda: re.match('a', 'abc')); t(lambda: re.compile('x'))
class WithSlots:
    __slots__ = ('a',)
t(lambda: repr(WithSlots.a)); t(lambda: repr(type.__dict__['__name__'])); t(lambda: repr(object.__dict__['__class__'])); t(lambda: repr(int.__dict__['bit_length']))
import functools
t(lambda: functools.partial(max, 1)); t(lambda: repr(property())[:20]); t(lambda: repr(staticmethod(max))); t(lambda: repr(classmethod(max)))
