# Parenthesis vs comma: what makes a tuple.
a = ()
b = (1)
c = (1,)
d = 1,
e = (1, 2,)
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, e)
print(len(()), len((None,)))
def f(*args):
    return args
print(f(), f(1), f((1,)), f(*(1, 2)))
x = [1, 2]
print((x), (x,))
for item in (1,):
    print('item', item)
print((1, 2)[1], (1,)[0])
print((), (()), ((),), ((), ()))
