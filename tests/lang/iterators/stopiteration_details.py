# StopIteration carries a value; for-loops swallow it; next with default avoids it.
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration('finished')
        self.done = True
        return 'only value'
o = Once()
for v in o:
    print(v)
try:
    next(o)
except StopIteration as e:
    print(type(e).__name__, e, e.value, e.args)
print(next(Once()), next(o, 'fallback'))
print(StopIteration().value, StopIteration(1, 2).value)
print(issubclass(StopIteration, Exception))
