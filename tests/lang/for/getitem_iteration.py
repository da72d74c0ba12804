# for falls back to __getitem__ with 0, 1, 2... until IndexError.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
for s in Squares():
    print(s, end=' ')
print()
print(list(Squares()), 9 in Squares(), 10 in Squares())
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stopper()))
