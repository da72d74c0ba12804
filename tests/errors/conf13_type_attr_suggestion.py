# "Did you mean" for an attribute missing on a class (session 13): the report looked up
# __dir__ on the object itself, which for a class is the unbound object.__dir__ needing an
# instance, so type objects never got a suggestion. dir(obj) semantics: __dir__ from the
# type (the metaclass for a class).
import sys
class A:
    def method(self): pass
    cls_attr = 1
class B(A):
    pass
class Meta(type):
    def __dir__(cls): return ['special_name']
class WithMeta(metaclass=Meta):
    pass
def report(f):
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, None)
report(lambda: A.methd)
report(lambda: B.cls_atr)
report(lambda: A().methd)
report(lambda: int.bit_lenght)
report(lambda: str.uper)
report(lambda: type.mro2)
report(lambda: A.__nam__)
report(lambda: WithMeta.special_nam)
report(lambda: sys.exit2)
B.methd
