# __enter__/__exit__ context manager protocol.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
