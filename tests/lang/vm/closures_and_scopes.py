# Cells, free variables and their error messages; nonlocal; class scopes; globals.
def make():
    x = 1
    def get():
        return x
    def set(v):
        nonlocal x
        x = v
    return get, set
get, set_ = make()
print(get())
set_(5)
print(get())

def arg_cell(a, b):
    def inner():
        return a + b
    return inner
print(arg_cell(2, 3)())

def unbound_cell():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound_cell())

def local_before():
    try:
        print(z)
    except UnboundLocalError as e:
        print(e)
    z = 1
local_before()

def deleted_cell():
    c = 1
    def inner():
        return c
    del c
    try:
        inner()
    except NameError as e:
        print(e)
    try:
        print(c)
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()

counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
try:
    undefined_thing
except NameError as e:
    print(e)

def delete_global():
    global counter
    del counter
delete_global()
try:
    print(counter)
except NameError as e:
    print(e)

x = 'global'
class K:
    x = 'class'
    def m(self):
        return x
    y = [x for _ in range(1)]
print(K().m(), K.y)

def class_in_func():
    v = 'enclosing'
    class Inner:
        w = v
        u = 'class-level'
        def get(self):
            return v
    return Inner.w, Inner.u, Inner().get()
print(class_in_func())

def closures_in_loop():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(closures_in_loop())

def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter_factory()
c(); c()
print(c(), c.__closure__[0].cell_contents)
print(counter_factory.__code__.co_cellvars, c.__code__.co_freevars)
def loc(a, b=2):
    c = a + b
    return sorted(locals().items())
print(loc(1))
