# getattr, setattr, hasattr, delattr and vars/dir basics.
class C:
    x = 1
    def method(self):
        return 'm'
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'default'), hasattr(c, 'x'), hasattr(c, 'y'))
setattr(c, 'y', 2)
print(c.y, vars(c))
delattr(c, 'y')
print(hasattr(c, 'y'), getattr(c, 'method')())
try:
    getattr(c, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'nothing')
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr('abc', 'upper')(), hasattr([], 'append'), hasattr(5, 'real'))
attrs = ['a', 'b']
for i, name in enumerate(attrs):
    setattr(c, name, i)
print(sorted(vars(c).items()))
print('method' in dir(c), 'x' in dir(C))
