# AttributeError messages for instances, classes, modules-like objects and builtins.
class Thing:
    pass
def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(f'{type(e).__name__}: {e}')
show(lambda: Thing().x)
show(lambda: Thing.x)
show(lambda: 'str'.foo)
show(lambda: [].push)
show(lambda: (1).foo)
show(lambda: int.foo)
show(lambda: None.foo)
show(lambda: (lambda: 0).foo)
def setter():
    'x'.y = 1
show(setter)
def setter2():
    [].append = 1
show(setter2)
def setter3():
    int.foo = 1
try:
    setter3()
except TypeError as e:
    print(f'{type(e).__name__}: {e}')
e = AttributeError('custom')
print(e.args)
