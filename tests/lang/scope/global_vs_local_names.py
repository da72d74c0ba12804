# globals() and locals() reflect the current scopes; names can be deleted.
a = 1
print('a' in globals(), globals()['a'])
def f(p):
    q = 2
    return sorted(locals())
print(f(0))
b = 2
del b
try:
    b
except NameError as e:
    print(type(e).__name__, e)
globals()['dyn'] = 'created dynamically'
print(dyn)
def g():
    global a
    a = 'changed'
g()
print(a)
def h():
    return 'h' in globals(), 'zz' in globals()
print(h())
