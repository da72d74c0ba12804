class A:
    def __init__(self): self.value = 1
    def __getattr__(self, n):
        raise AttributeError(f"no {n}")
try:
    A().valeu
except AttributeError as e:
    import traceback
    print(traceback.format_exception_only(e))
class B:
    @property
    def prop(self): return self.vaule
    value = 2
try:
    B().prop
except AttributeError as e:
    print(traceback.format_exception_only(e), e.name)
import types
m = types.ModuleType("mm"); m.alpha = 1
m.__getattr__ = lambda n: (_ for _ in ()).throw(AttributeError(n))
try:
    m.alpah
except AttributeError as e:
    print(traceback.format_exception_only(e))
A().valeu
