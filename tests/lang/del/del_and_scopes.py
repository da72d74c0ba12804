# del inside functions and classes, and del of globals via the global statement.
g = 'global value'
def remove_global():
    global g
    del g
remove_global()
print('g' in globals())
class C:
    a = 1
    b = 2
    del a
print(hasattr(C, 'a'), C.b)
def f():
    x = 1
    def inner():
        return x
    del x
    try:
        inner()
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(f())
def g2():
    items = [1, 2, 3]
    del items[:]
    return items
print(g2())
try:
    exec('del f()')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
