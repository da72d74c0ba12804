# __repr__ and __str__: print/str use __str__, containers and repr use __repr__.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f'V({self.x!r})'
    def __str__(self):
        return f'<{self.x}>'
v = V('a')
print(v, str(v), repr(v), [v], (v,), {'k': v}, f'{v} {v!r}')
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class Sub(V):
    pass
print(Sub(1), repr(Sub(2)))
