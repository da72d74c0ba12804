# Shadowing builtins at module level and restoring them with del.
print(len([1, 2]))
len = lambda x: 'fake len'
print(len([1, 2]))
del len
print(len([1, 2]))
def f():
    list = 'local list'
    return list
print(f(), list('ab'))
str = int
print(str('42') + 1)
del str
print(str(42) + '!')
try:
    del undefined_thing
except NameError as e:
    print(type(e).__name__, e)
