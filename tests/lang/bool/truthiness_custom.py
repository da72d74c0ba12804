# Truthiness of custom objects via __bool__ and __len__.
class Empty:
    pass
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Empty()))
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print('yes' if L(2) else 'no', 'yes' if B(False) else 'no')
print(not L(0), not B(True))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
