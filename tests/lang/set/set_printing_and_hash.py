# Small int sets print in order; unhashable elements are rejected.
print({3, 1, 2})
print(set([0, 5, 1]))
print(set(), {1})
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add({})
except TypeError as e:
    print(type(e).__name__, e)
print({1, 1.0, True}, {0, False, 0.0})
print(set('aab') == {'a', 'b'}, sorted(set('hello')))
print(len({(1, 2), (1, 2)}), {None})
