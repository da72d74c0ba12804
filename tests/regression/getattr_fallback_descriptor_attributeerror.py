# A property (or other data descriptor) raising AttributeError did not fall back to __getattr__.
class Prop:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(Prop().p)
class Desc:
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        raise AttributeError("desc")
    def __set__(self, obj, v):
        pass
class UsesDesc:
    d = Desc()
    def __getattr__(self, name):
        return "fallback " + name
print(UsesDesc().d)
class NoFallback:
    @property
    def p(self):
        raise AttributeError("kept")
try:
    NoFallback().p
except AttributeError as e:
    print(type(e).__name__, e)
class OtherError:
    @property
    def p(self):
        raise KeyError("k")
    def __getattr__(self, name):
        return "not used"
try:
    OtherError().p
except KeyError as e:
    print(type(e).__name__, e)
