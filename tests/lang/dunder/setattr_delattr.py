# __setattr__ and __delattr__ intercept assignment and deletion.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}')
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.x
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)
l = Logged()
l.a = 1
l.a += 1
print(l.a)
del l.a
print(hasattr(l, 'a'))
setattr(l, 'b', 'via setattr')
delattr(l, 'b')
