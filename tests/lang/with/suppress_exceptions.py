# __exit__ returning a true value suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print('suppressed', et.__name__, ev)
            return True
        return None
with Suppress(KeyError):
    {}['missing']
    print('not reached')
print('continued after with')
try:
    with Suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('escaped', e)
with Suppress(ArithmeticError):
    1 / 0
for i in range(3):
    with Suppress(ZeroDivisionError):
        print(10 / (i - 1))
class Truthy:
    def __enter__(self): pass
    def __exit__(self, *a): return 'non-empty string is true'
with Truthy():
    raise RuntimeError('gone')
print('end')
