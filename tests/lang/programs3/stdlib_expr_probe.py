import collections, functools, itertools, operator, types, copy, string, textwrap, math, statistics, fractions, decimal, datetime, time, heapq, bisect, keyword, errno, enum, json, re, typing, dataclasses, contextlib, warnings, traceback, os, gc, abc, fnmatch, cmath
exprs = r'''
collections.Counter(a=3, b=1).most_common()
collections.Counter("abracadabra").most_common(3)
repr(collections.Counter())
collections.Counter({"a": -1, "b": 2}) + collections.Counter()
+collections.Counter({"a": -1, "b": 2})
-collections.Counter({"a": -1, "b": 2})
collections.Counter("ab") == collections.Counter("ba")
collections.Counter(a=1).update({"a": 2})
sorted(collections.Counter("hello").items())
collections.Counter("aab").subtract("ab")
collections.OrderedDict([(1, 2)]) == {1: 2}
repr(collections.OrderedDict())
repr(collections.OrderedDict(a=1))
repr(collections.deque())
repr(collections.deque([1], maxlen=2))
collections.deque([1,2,3])[1:]
list(collections.ChainMap({1: 2}, {3: 4}).items())
repr(collections.ChainMap({1: 2}))
bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect([1,3], 2)
bisect.insort(l := [1, 3, 5], 4) or l
bisect.bisect_left([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"])
keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("None"), len(keyword.kwlist)
errno.ENOENT, errno.errorcode[2], errno.EACCES
types.SimpleNamespace(a=1, b=2)
types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1)
types.MappingProxyType({"a": 1})["a"]
type(lambda: 0) is types.FunctionType, types.GeneratorType, types.ModuleType("m")
types.new_class("X", (object,)).__name__
itertools.count(1.5, 0.5)
repr(itertools.repeat(1, 2))
list(itertools.islice("abcdefg", 1, None, 2))
list(itertools.accumulate([1, 2, 3], initial=10))
list(itertools.groupby("aabbbc"))[0][0]
[(k, len(list(g))) for k, g in itertools.groupby("aabbbcaa")]
math.isqrt(10**20), math.sqrt(2), math.pi, math.tau, math.e
math.floor(1e300), math.ceil(float(2**53) + 0.5)
math.fmod(-7, 3), -7 % 3, math.remainder(7, 3)
math.gcd(), math.gcd(0, 0), math.lcm()
math.atan2(1, 1), math.sin(math.pi), math.cos(0), math.tan(0.5)
math.nextafter(1, 2), math.ulp(1.0)
math.comb(5, 7), math.perm(3)
cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), abs(3 + 4j), cmath.exp(1j * cmath.pi)
statistics.median([]) 
statistics.mode([])
statistics.stdev([1])
statistics.pvariance([1, 2, 3, 4])
statistics.correlation([1, 2, 3], [2, 4, 7])
statistics.linear_regression([1, 2, 3], [2, 4, 6])
statistics.NormalDist(0, 1).cdf(1.96)
statistics.NormalDist.from_samples([1, 2, 3, 4])
statistics.mean([1, 2.5]), statistics.mean([True, False])
statistics.median_grouped([1, 2, 2, 3, 4])
fractions.Fraction("3/4") * 2, fractions.Fraction(" -1/3 "), fractions.Fraction("1e-3")
fractions.Fraction(0.1)
fractions.Fraction("x")
fractions.Fraction(1, 3) < 0.34, fractions.Fraction(5) == 5, hash(fractions.Fraction(1, 2)) == hash(0.5)
format(fractions.Fraction(1, 3), "") if True else 0
str(fractions.Fraction(10, 4)), math.floor(fractions.Fraction(7, 2)), math.ceil(fractions.Fraction(-7, 2))
decimal.Decimal("1.23E-5"), decimal.Decimal("-0.000"), decimal.Decimal("1e100") * 10
decimal.Decimal(2) ** decimal.Decimal("0.5"), decimal.Decimal("inf"), decimal.Decimal("NaN")
decimal.Decimal("1.5") + 1.5
decimal.Decimal("3.7").to_integral_value(), round(decimal.Decimal("3.75"), 1), round(decimal.Decimal("3.5")), round(decimal.Decimal("2.5"))
decimal.Decimal("12.3400").normalize(), decimal.Decimal("100").normalize(), decimal.Decimal("0E-5")
decimal.Decimal("1234.5").quantize(decimal.Decimal("1e1")), decimal.Decimal("5").compare(decimal.Decimal("3"))
format(decimal.Decimal("1234567.891"), ","), format(decimal.Decimal("0.000012"), "e"), format(decimal.Decimal("12.5"), ".1f"), format(decimal.Decimal("-3"), "+08.2f")
decimal.Decimal(10).ln(), decimal.Decimal(100).log10(), decimal.Decimal(1).exp()
decimal.Decimal("1.1").is_finite(), decimal.Decimal("-1").copy_abs(), decimal.Decimal("7").max(decimal.Decimal("9")), decimal.Decimal(5).is_zero()
decimal.getcontext()
decimal.Decimal((1, (1, 2, 3), -2)), decimal.Decimal.from_float(0.5), decimal.Decimal("1.0") == decimal.Decimal("1")
hash(decimal.Decimal("1.0")) == hash(1), hash(decimal.Decimal("0.5")) == hash(0.5)
sum([decimal.Decimal("0.1")] * 3, decimal.Decimal(0))
datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
datetime.timedelta(0), datetime.timedelta(microseconds=-1), str(datetime.timedelta(days=-2, hours=3))
datetime.datetime(2024, 1, 1, 0, 0, 0, 123456).isoformat(timespec="milliseconds")
datetime.datetime(2024, 1, 1).isoformat(sep=" "), str(datetime.datetime(2024, 1, 1, 1, 2, 3, 4))
datetime.date(2024, 1, 1).strftime("%a %b %e %y"), datetime.date.today() > datetime.date(2020, 1, 1)
datetime.datetime.now().year >= 2024, type(datetime.datetime.now()).__name__, datetime.datetime.min, datetime.date.max
datetime.date(2024, 2, 29).replace(year=2025)
datetime.datetime(2024, 1, 31) + datetime.timedelta(days=31)
datetime.timedelta(hours=1) / datetime.timedelta(minutes=7), datetime.timedelta(hours=1) % datetime.timedelta(minutes=7)
datetime.datetime.strptime("03/15/24 14:05", "%m/%d/%y %H:%M"), datetime.datetime.strptime("Mar 5 2024", "%b %d %Y")
datetime.datetime.strptime("2024-03-05T10:00:00.5Z", "%Y-%m-%dT%H:%M:%S.%fZ")
datetime.date.fromisocalendar(2024, 1, 1), datetime.date(2024, 12, 30).isocalendar().week
datetime.datetime(2024,5,5,13).strftime("%I %p %j %w %%"), datetime.time(9, 5).strftime("%-H") if False else 0
hash(datetime.date(2024, 1, 1)) == hash(datetime.date(2024, 1, 1)), datetime.date(2024,1,1).ctime()
time.strftime("%Y", time.gmtime(0)), time.gmtime(86400 * 365).tm_year, type(time.time()).__name__, time.monotonic() > 0
time.strptime("2024-01-02", "%Y-%m-%d")[:6], time.mktime(time.localtime(0)) == 0.0
time.asctime(time.gmtime(0)), time.ctime(0)[:3] in ("Thu", "Wed"), time.perf_counter() >= 0
string.Template("$a ${b}c").substitute({"a": 1, "b": 2}), string.Template("$x").safe_substitute()
string.Template("$").substitute()
string.ascii_letters, string.hexdigits, string.octdigits, string.whitespace, string.printable[:10]
textwrap.wrap("", 10), textwrap.wrap("a b", 1), textwrap.fill("word " * 5, 12), textwrap.shorten("hello", 3)
textwrap.wrap("supercalifragilistic is long", 8), textwrap.wrap("a-b-c-d-e-f-g", 4)
textwrap.fill("one two three", width=9, max_lines=1, placeholder="..")
textwrap.dedent("  a\n    b\n\n  c"), textwrap.indent("a\n\nb", "+", lambda l: True)
heapq.nsmallest(2, {"a": 3, "b": 1, "c": 2}.items(), key=operator.itemgetter(1))
heapq.heappop([])
operator.itemgetter(slice(1, 3))("abcd"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b")
repr(operator.itemgetter(1)), repr(operator.attrgetter("a.b")), repr(operator.methodcaller("f", 1, k=2))
operator.add("a", "b"), operator.iadd([1], [2]), operator.getitem({1: 2}, 1), operator.is_(None, None), operator.length_hint([1, 2])
functools.partial(lambda a, b, c=3: (a, b, c), 1, c=9)(2)
repr(functools.partial(print, 1, sep="-"))
functools.reduce(operator.add, [], 0)
copy.copy(3), copy.deepcopy({1: [2]}), copy.copy(iter([]).__class__) is iter([]).__class__
json.dumps([]), json.dumps({}), json.dumps(None), json.loads("null"), json.loads(" [ ] ")
json.dumps({"a": 1}, indent=0)
json.dumps([1, 2], indent=2, separators=(",", ": "))
json.dumps("\u2028\ud800")
json.loads('"\\ud800"')
json.dumps(3.0e-320), json.dumps(1 / 3), json.dumps(10.0**16), json.dumps(2**64)
json.dumps(collections.OrderedDict(b=1, a=2)), json.dumps(enum.IntEnum("E", "A").A)
json.dumps(float), json.dumps(b"x")
re.sub("", "-", "abc"), re.split("", "ab"), re.findall("", "ab")
re.match(r"(?P<a>x)(?P=a)", "xx").group(), re.compile(r"(?s:.)").match("\n")
typing.Optional[typing.List[int]], typing.Union[int], typing.Union[int, int, str]
typing.Dict, typing.List[typing.Tuple[int, str]], typing.Callable[..., int], typing.Type[int]
typing.get_type_hints(lambda: 0), typing.Any is typing.Any, typing.Iterable[int]
typing.TypeVar("T", covariant=True), typing.AnyStr, typing.Sequence, typing.Set[int] == typing.Set[int]
typing.Annotated[int, "meta"], typing.Literal[1, "a"].__args__, typing.ClassVar[int]
typing.Optional[int, str]
isinstance([], typing.List), issubclass(list, typing.Sequence), isinstance(1, typing.Hashable)
isinstance([], typing.List[int])
gc.collect() >= 0, gc.isenabled(), gc.disable(), gc.enable(), gc.isenabled()
fnmatch.filter(["a.py", "b.txt", "c.PY"], "*.py"), fnmatch.fnmatch("[x]", "[[]x]"), fnmatch.fnmatch("a", "[!a]")
abc.ABC, abc.abstractmethod(lambda: 0).__isabstractmethod__, abc.get_cache_token() is not None if hasattr(abc, "get_cache_token") else True
'''.strip().splitlines()
for e in exprs:
    try:
        r = eval(e)
        print(e[:40], "=>", repr(r))
    except Exception as ex:
        print(e[:40], "!!", type(ex).__name__, ex)
