# getattr (with default), setattr, delattr and hasattr, including their error messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class C:
    cls_attr = 'class'
    def __init__(self):
        self.x = 1
    @property
    def boom(self):
        raise KeyError('inside property')
c = C()
show('getattr', lambda: getattr(c, 'x'))
show('getattr class attr', lambda: getattr(c, 'cls_attr'))
show('getattr default', lambda: getattr(c, 'missing', 'dflt'))
show('getattr missing', lambda: getattr(c, 'missing'))
show('getattr non-attr error', lambda: getattr(c, 'boom', 'dflt'))
show('getattr bad name', lambda: getattr(c, 1))
show('getattr one arg', lambda: getattr(c))
show('getattr four args', lambda: getattr(c, 'x', 1, 2))
show('setattr', lambda: (setattr(c, 'y', 5), c.y))
show('setattr int', lambda: setattr(1, 'x', 2))
show('setattr bad name', lambda: setattr(c, 2, 3))
show('delattr', lambda: (delattr(c, 'y'), hasattr(c, 'y')))
show('delattr missing', lambda: delattr(c, 'nope'))
show('hasattr', lambda: (hasattr(c, 'x'), hasattr(c, 'nope'), hasattr(1, 'real')))
show('hasattr propagates', lambda: hasattr(c, 'boom'))
show('hasattr bad name', lambda: hasattr(c, None))
class G:
    def __getattr__(self, name):
        if name.startswith('dyn'):
            return name.upper()
        raise AttributeError(name)
g = G()
show('dynamic', lambda: (getattr(g, 'dyn_a'), hasattr(g, 'other'), getattr(g, 'other', 0)))
show('builtin method', lambda: getattr([1, 2], 'index')(2))
show('module attr', lambda: getattr(__builtins__, 'len')('abc') if hasattr(__builtins__, 'len') else 3)
