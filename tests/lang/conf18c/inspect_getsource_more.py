# not in the image: files
# inspect.getsource / getsourcelines / findsource for classes, nested classes, modules,
# frames and tracebacks, besides functions
import inspect
import sys


def deco(c):
    return c


@deco
class Outer:
    """doc"""
    x = 1

    class Inner:
        def m(self):
            return 2

    def method(self):
        return 3


def make():
    class Local:
        y = 2
    return Local


print(inspect.getsource(Outer))
print(inspect.getsourcelines(Outer.Inner))
print(inspect.getsource(Outer.Inner.m))
print(inspect.getsourcelines(Outer().method))
print(inspect.getsource(make()))
lines, n = inspect.getsourcelines(sys.modules[__name__])
print(n, len(lines) > 40, lines[0])
print(inspect.findsource(Outer)[1], inspect.findsource(make)[1])
f = sys._getframe()
print(inspect.getsourcelines(f)[1])


def g():
    return sys._getframe()


print(inspect.getsource(g()))
try:
    1 / 0
except ZeroDivisionError as e:
    print(inspect.getsourcelines(e.__traceback__)[1])
try:
    inspect.getsource(type('Dyn', (), {'__module__': __name__}))
except OSError as e:
    print('OSError', e)
try:
    inspect.getsource(3)
except TypeError as e:
    print('TypeError', e)
print(inspect.getblock(['def f():\n', '    return 1\n', '\n', 'x = 2\n']))
