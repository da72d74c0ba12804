# Runs CPython's own pure-Python standard-library modules (imported under a cpy_ prefix
# from a directory prepared by run.sh) and prints what they compute.
import sys
import cpy_heapq as heapq
import cpy_bisect as bisect
import cpy_textwrap as textwrap
import cpy_fractions as fractions
import cpy_difflib as difflib
import cpy_pprint as pprint
import cpy_string as string
import cpy_shlex as shlex
import cpy_calendar as calendar
import cpy_json as json

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nlargest(2, [4, 7, 1]), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3))
bisect.insort(a, 5)
print(a)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 3, width=30))
print(textwrap.dedent("    a\n      b\n"), textwrap.shorten("hello world again", 12))
F = fractions.Fraction
print(F(3, 4) + F(1, 6), F('1.25'), F(1, 3) ** 2, F(22, 7).limit_denominator(5), F(0.5) == 0.5)
print(list(difflib.unified_diff(['a\n', 'b\n'], ['a\n', 'c\n'], 'x', 'y')))
print(round(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), 4), difflib.get_close_matches('appel', ['ape', 'apple', 'peach']))
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)}, width=60)
print(string.Template('$who likes $what').substitute(who='tim', what='pie'), string.capwords('a b  c'))
print(string.Formatter().format('{0}-{x!r:>5}', 1, x='y'))
print(shlex.split('a "b c" d\\ e'), shlex.quote("it's"), shlex.join(['a b', 'c']))
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1))
data = {"a": [1, 2.5, None, True], "b": {"c": "d\u00e9"}}
s = json.dumps(data, indent=2, sort_keys=True)
print(s)
print(json.loads(s) == data, json.dumps("\u20ac"), json.loads('[1e3, "x\\n"]'))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e)
