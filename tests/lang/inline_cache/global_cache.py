# LOAD_GLOBAL caches: globals rebound in a loop, builtins shadowed and unshadowed by a
# global, deleted globals, module-level names, exec with other namespaces.
def use_len():
    return len([1, 2, 3])
for i in range(3):
    print(use_len())
    if i == 0:
        len = lambda x: 'shadow'
    elif i == 1:
        del len
counter = 0
for i in range(5):
    counter = counter + i
print(counter)
def read_counter():
    return counter
for i in range(3):
    counter = i * 10
    print(read_counter())
del counter
try:
    read_counter()
except NameError as e:
    print(type(e).__name__, e)
code = compile("result = abs(-x) + y", "<s>", "exec")
for ns in ({'x': 1, 'y': 2}, {'x': 5, 'y': 7, 'abs': lambda v: 100}, {'x': 3, 'y': 0}):
    exec(code, ns)
    print(ns['result'])
import builtins
def use_max():
    return max(1, 2)
print(use_max())
builtins.max = lambda *a: 'patched max'
print(use_max())
del builtins.max
try:
    use_max()
except NameError as e:
    print(type(e).__name__, e)
