# not always returns a bool and has lower precedence than comparisons.
print(not 0, not 1, not '', not 'a', not [], not None, not not 'x')
print(type(not 5).__name__)
print(not 1 == 2, (not 1) == 2)
print(not 1 in [1, 2], not (1 in [1, 2]))
x = [1]
print(not x and 'empty' or 'nonempty')
class Falsy:
    def __bool__(self):
        return False
print(not Falsy(), bool(Falsy()))
print(not 0 + 0, not -1 + 1)
