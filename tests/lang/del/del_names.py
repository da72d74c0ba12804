# del removes name bindings; using the name afterwards raises NameError.
x = 10
y = x
del x
print(y)
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in globals(), 'b' in globals())
def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f'{type(e).__name__}: {e}'
print(f())
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
z = 1
del (z)
print('z' in globals())
