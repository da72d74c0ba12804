import collections, functools, itertools, string, operator, datetime, calendar, json, re, textwrap, statistics, math, random, bisect, heapq
class MyDate(datetime.date):
    def quarter(self): return (self.month - 1) // 3 + 1
d = MyDate(2024, 8, 15)
print(d.quarter(), type(d + datetime.timedelta(1)).__name__, type(d.replace(day=1)).__name__, MyDate.today().__class__.__name__, repr(d))
print(statistics.fmean([1, 2, 3], weights=[3, 2, 1]) if 'weights' in statistics.fmean.__code__.co_varnames else 'no weights', statistics.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.mode([1, 1, 2, 2]))
print(textwrap.wrap('x' * 25, 10), textwrap.fill('a b c', 1), textwrap.wrap('hello-world foo-bar', 8), textwrap.wrap('  leading', 20, drop_whitespace=False))
print(list(itertools.groupby([1, 1, 2, 1], key=None))[0][0], [list(g) for _, g in itertools.groupby('aabba')], list(itertools.pairwise([])), list(itertools.product()))
print(json.dumps({'a': (1, 2), 'b': 'é'}, ensure_ascii=True), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2), json.dumps({'x': None}, separators=(',', ': ')))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m[1].upper() + m[2], 'hello big world'), re.findall(r'(?<!\d)\d{3}(?!\d)', 'a 123 4567 89 321'), re.split(r'\s*', 'a b'))
print(calendar.month_name[1:4], calendar.weekheader(3), calendar.monthcalendar(2023, 2)[0])
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else '', math.isqrt(10**20), math.comb(100, 50) % 1000007)
c = collections.Counter({'a': 3, 'b': -1}); print(c.most_common(), +c, c.total(), sorted(c.elements()), collections.Counter('abc') == collections.Counter('cba'))
print(functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3]), functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
print(sorted({'b': 2, 'a': 1}), list({'b': 2, 'a': 1}), {**{'a': 1}, **{'a': 2, 'c': 3}}, {'a': 1} | {'b': 2}, dict.fromkeys('ab', []))
od = collections.OrderedDict(); od['x'] = 1; od['y'] = 2; od.move_to_end('x'); print(od, list(reversed(od)), od == {'y': 2, 'x': 1})
random.seed(2024); print(random.sample(sorted({'apple', 'pear', 'fig'}), 2), random.choice(list(range(10))), round(random.random(), 6))
print(datetime.datetime(2024, 3, 10, 12) - datetime.datetime(2024, 3, 9, 13, 30), datetime.timedelta(hours=36) // datetime.timedelta(hours=1), divmod(datetime.timedelta(hours=25), datetime.timedelta(days=1)))
print(datetime.date(2024, 1, 31) + datetime.timedelta(days=30), (datetime.date(2024, 3, 1) - datetime.timedelta(days=1)).day, datetime.datetime.min, datetime.date.max, datetime.time.max)
