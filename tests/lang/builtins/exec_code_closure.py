import types
result = 0
def make():
    a = 2; b = 3; c = 5
    def f():
        nonlocal a
        global result
        result = a * b
    def g():
        global result
        result = a * b * c
    return f, g
f, g = make()
def plain():
    global result
    result = 'plain'
exec(f.__code__, f.__globals__, closure=f.__closure__)
print(result)
exec(f.__code__, f.__globals__, closure=(types.CellType(35), types.CellType(72)))
print(result)
exec(plain.__code__, globals(), closure=None)
print(result)
for code, clo in [(plain.__code__, f.__closure__), (f.__code__, None), (f.__code__, g.__closure__),
                  (f.__code__, list(f.__closure__)), (f.__code__, (1, 2)), ('x = 1', f.__closure__),
                  (f.__code__, ()), (g.__code__, (types.CellType(1),) * 2)]:
    try:
        exec(code, globals(), closure=clo)
        print('ok', result)
    except TypeError as e:
        print('TypeError', e)
try:
    exec(f.__code__, globals())
except TypeError as e:
    print('TypeError', e)
# an empty cell
c = types.CellType()
try:
    exec(f.__code__, globals(), closure=(c, types.CellType(3)))
except NameError as e:
    print('NameError', e)
# locals are ignored by function code, the cells are written
cells = (types.CellType(1), types.CellType(2))
exec(f.__code__, globals(), {}, closure=cells)
print(result, cells[0].cell_contents)
def outer():
    x = 10
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
inner = outer()
cl = (types.CellType(100),)
exec(inner.__code__, {}, closure=cl)
print(cl[0].cell_contents)
def h(x):
    print('h ran', x)
try:
    exec(h.__code__)
except TypeError as e:
    print('TypeError', e)
def k(*, y):
    print('k ran')
try:
    exec(k.__code__)
except TypeError as e:
    print('TypeError', e)
def d(x=5):
    print('d ran')
try:
    exec(d.__code__)
except TypeError as e:
    print('TypeError', e)
def v(*a, **kw):
    print('v ran', a, kw)
exec(v.__code__)
def gen():
    yield 1
try:
    exec(gen.__code__)
except TypeError as e:
    print('TypeError', e)
