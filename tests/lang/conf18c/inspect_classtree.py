# not in the image: __file__ (source file names and lines)
# inspect.getclasstree / walktree / getabsfile
import inspect
import os


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(D): pass


def show(tree, depth=0):
    for item in tree:
        if isinstance(item, list):
            show(item, depth + 1)
        else:
            c, bases = item
            print('  ' * depth + c.__name__, [b.__name__ for b in bases])


show(inspect.getclasstree([A, B, C, D, E]))
print('--')
show(inspect.getclasstree([A, B, C, D, E], unique=True))
print('--')
show(inspect.getclasstree([D, C, E]))
print('--')
show(inspect.getclasstree([object, int, bool]))
print(inspect.getabsfile(A) == os.path.normcase(os.path.abspath(__file__)))
print(inspect.getabsfile(show) == inspect.getabsfile(A), inspect.getabsfile(A, 'x.py') == os.path.abspath('x.py'))
