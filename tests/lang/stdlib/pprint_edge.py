# pprint edge cases: narrow widths, deep nesting, strings inside containers,
# compact nesting, big ints, subclasses, and dict ordering.
import pprint

nested = [[[[1, 2, 3], [4, 5, 6]], [[7, 8, 9], [10, 11, 12]]], {'k': [1] * 10}]
for w in (1, 5, 10, 20, 30):
    print(w)
    pprint.pprint(nested, width=w)
pprint.pprint(nested, depth=3)
pprint.pprint(nested, depth=3, width=10)
pprint.pprint({'z': 1, 'a': {'y': 2, 'b': 3}}, sort_dicts=False, width=10)
words = ["alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu " * 2]
pprint.pprint(words, width=40)
pprint.pprint({'key': "x" * 100})
pprint.pprint(("tuple with a long string that will need wrapping when narrow",), width=30)
pprint.pprint("no-spaces-at-all-" * 6, width=30)
pprint.pprint("a\nb\nc", width=3)
pprint.pprint(["multi\nline\nstring value here"], width=15)
pprint.pprint([list(range(12)), list(range(12))], compact=True, width=35)
pprint.pprint([[i] * i for i in range(8)], compact=True, width=25)
pprint.pprint({i: 'v' * i for i in range(12)}, width=30)
pprint.pprint([2 ** 200, -2 ** 100], width=40)
pprint.pprint([2 ** 70, 3 ** 50], underscore_numbers=True, width=30)
pprint.pprint({'a': (1, 2), 'b': [3, {'c': {4, 5}}]}, indent=3, width=20)
pprint.pprint([1, [2, [3, [4, [5, [6]]]]]], depth=4)
pprint.pprint({'one': {'two': {'three': {'four': 4}}}}, depth=2)
pprint.pprint(((((),),),))
pprint.pprint([(), [], {}, set(), frozenset(), '', b''], width=5)
class T(tuple):
    pass
class L(list):
    def __repr__(self):
        return 'L!'
pprint.pprint([T(range(30)), L(range(30))], width=30)
pprint.pprint(b'short')
pprint.pprint(b'a' * 100, width=40)
pprint.pprint([b'xyz' * 30], width=40)
pprint.pprint(frozenset({'b', 'a', 'c'}) if False else frozenset({3, 1, 2}))
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
print(pprint.pformat(list(range(10)), width=10, indent=0))
print(pprint.pformat(1.5), pprint.pformat(None), pprint.pformat(True), pprint.pformat(3+4j))
import io
s = io.StringIO()
pprint.pprint({'x': 1}, stream=s)
pprint.pprint([1, 2], s)
print(repr(s.getvalue()))
