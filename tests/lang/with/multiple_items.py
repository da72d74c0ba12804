# with statement with several context managers enters in order and exits in reverse.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return False
with CM('a') as a, CM('b') as b:
    print('body', a, b)
with (CM('x') as x,
      CM('y') as y):
    print('parenthesized', x, y)
with CM('outer'):
    with CM('inner'):
        print('nested')
try:
    with CM('p'), CM('q'):
        raise ValueError('in body')
except ValueError as e:
    print('propagated', e)
