# __bool__ and __len__ drive truthiness and len().
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
print(len(Bag()), len(Bag(1, 2)), bool(Bag()), bool(Bag(0)))
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __len__(self):
        return 99
print(bool(Flag(False)), len(Flag(False)), 'T' if Flag(True) else 'F')
class BigLen:
    def __len__(self):
        return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
