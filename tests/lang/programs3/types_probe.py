import re, collections, datetime, decimal, fractions, itertools, functools, json, enum, dataclasses, typing, operator, heapq, copy, math, time, statistics, contextlib, string
objs = [re.compile("x"), re.match("x", "x"), collections.deque(), collections.Counter(), collections.OrderedDict(),
        collections.defaultdict(int), collections.ChainMap(), datetime.datetime(2020, 1, 1), datetime.date(2020, 1, 1),
        datetime.timedelta(1), datetime.timezone.utc, datetime.time(), decimal.Decimal(1), fractions.Fraction(1),
        itertools.count(), itertools.chain(), itertools.product(), itertools.groupby([]), itertools.islice([], 1),
        functools.partial(int), functools.lru_cache(None)(lambda: 0), operator.itemgetter(1), operator.attrgetter("a"),
        time.gmtime(0), statistics.NormalDist(), contextlib.suppress(), string.Template(""), decimal.getcontext(),
        collections.namedtuple("NT", "a")(1), enum.Enum("E", "A").A, {}.keys(), iter([]), iter(""), reversed([]),
        map(int, []), zip(), enumerate([]), filter(None, []), range(1), slice(1), property(), staticmethod(int),
        collections.Counter().items(), collections.OrderedDict().keys()]
for o in objs:
    t = type(o)
    print(t.__module__, t.__qualname__, repr(t))
for e in [json.JSONDecodeError, decimal.InvalidOperation, decimal.DivisionByZero, statistics.StatisticsError, re.error, dataclasses.FrozenInstanceError, copy.Error]:
    print(e.__module__, e.__name__, [c.__name__ for c in e.__mro__])
try:
    decimal.Decimal("x")
except Exception as ex:
    print(repr(ex), ex.args)
try:
    decimal.Decimal(1) / 0
except Exception as ex:
    print(repr(ex))
with decimal.localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = False
    print(decimal.Decimal(1) / 0, decimal.Decimal(-1) / 0)
    ctx.traps[decimal.InvalidOperation] = False
    print(decimal.Decimal(0) / 0, decimal.Decimal("x"))
print(decimal.Decimal("0.1") + decimal.Decimal("0.2") == decimal.Decimal("0.3"), decimal.Decimal(1).__class__.__module__)
print(repr(decimal.getcontext().rounding), decimal.getcontext().prec, decimal.MAX_PREC > 0)
print(decimal.Decimal(1) / 3 * 3, decimal.Decimal(2).sqrt() ** 2, decimal.Decimal("1.00") / decimal.Decimal("3"))
