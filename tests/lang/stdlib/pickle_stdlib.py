# pickle: standard library objects round-trip (bytes compared where the reduction is pickle's own).
import pickle, datetime, decimal, fractions, collections, enum, functools, operator, re
P = collections.namedtuple('P', 'x y')
class Color(enum.Enum):
    RED = 1
objs = [range(1, 10, 2), slice(1, 5, None), datetime.date(2020, 1, 2), datetime.datetime(2020, 1, 2, 3, 4, 5, 6),
        datetime.timedelta(days=3, seconds=5), decimal.Decimal('1.25'), fractions.Fraction(3, 4),
        P(1, 2), Color.RED, collections.OrderedDict(a=1), collections.Counter('abca'),
        collections.deque([1, 2], maxlen=5), functools.partial(max, 1), operator.itemgetter(1),
        re.compile('a+', re.I), Ellipsis, NotImplemented, type(None), 3+4j, frozenset(), b'', bytearray(b'x'),
        [True, False, None], {'nested': {'deeper': [1, (2, 3)]}}, ValueError('boom', 2), KeyError('k')]
for o in objs:
    for p in (2, 4, 5):
        try:
            d = pickle.dumps(o, p)
            b = pickle.loads(d)
            ok = (b == o) if not isinstance(o, (BaseException, re.Pattern, functools.partial, operator.itemgetter)) else repr(b) == repr(o)
            print(type(o).__name__, p, ok, d if p == 4 and type(o).__name__ not in ('date', 'datetime', 'Fraction') else '')
        except Exception as e:
            print(type(o).__name__, p, 'ERR', type(e).__name__, e)
