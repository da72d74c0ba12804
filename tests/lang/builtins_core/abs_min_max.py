# abs, min and max with iterables, multiple args, key and default.
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 20))
print(min(3, 1, 2), max(3, 1, 2), min([5, 9]), max('hello'), min('b', 'a', 'c'))
print(max([1, -5, 3], key=abs), min(['aa', 'b', 'ccc'], key=len))
print(max([], default='empty'), min([], default=None), max([7], default=0))
print(max((1, 'b'), (1, 'a')), min([[2], [1, 9]]))
print(max([2, 3, 3.0], key=lambda v: v), max(3.0, 3), max(3, 3.0))
words = ['pear', 'fig', 'apple', 'kiwi']
print(max(words, key=len), min(words, key=len))
for fn, args in [(max, ([],)), (min, ()), (max, (1,)), (min, ([1, 'a'],))]:
    try:
        fn(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
