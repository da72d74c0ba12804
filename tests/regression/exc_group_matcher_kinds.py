# ExceptionGroup.split/subgroup accepted any callable (callable instances, bound methods, builtins) and tuple subclasses as the matcher; CPython accepts only Python functions, exception classes and exact tuples
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
g = ExceptionGroup('m', [ValueError(1), TypeError(2)])
class P:
    def __call__(self, e): return True
    def meth(self, e): return isinstance(e, ValueError)
class TT(tuple): pass
for m in [P(), P().meth, callable, TT((ValueError,)), (ValueError,), lambda e: True, ValueError, (), [ValueError], ExceptionGroup]:
    t(lambda: g.split(m))
    t(lambda: g.subgroup(m))
