# bool is a subclass of int; True == 1 and False == 0.
print(issubclass(bool, int), isinstance(True, int))
print(True + True, True * 10, False - 1, True / 2)
print(True == 1, False == 0, True is (1 == 1))
print(type(True + 1).__name__, type(True and 1).__name__)
print(sum([True, False, True, True]))
print(['no', 'yes'][True], ['no', 'yes'][False])
d = {1: 'one'}
d[True] = 'true'
print(d)
print(hash(True) == hash(1))
print(True > False, max(False, True))
print(-True, ~True, ~False, +True)
print(True << 3, True ** 5)
