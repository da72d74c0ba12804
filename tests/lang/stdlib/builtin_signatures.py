# __text_signature__ and inspect.signature() of built-in functions and methods (CPython
# keeps the signature at the head of the C docstring; safepy reads one table generated
# from CPython, src/vm/textsig.c): module functions drop $module, unbound methods keep
# self as positional-only, bound methods and classmethods drop it, <unrepresentable>
# defaults and functions without a text signature raise ValueError; help() shows them.
import builtins
import contextlib
import functools
import inspect
import io
import itertools
import math
import operator


def show(label, obj):
    try:
        sig = str(inspect.signature(obj))
    except ValueError:
        sig = 'ValueError'
    print(label, getattr(obj, '__text_signature__', 'no attribute'), sig, sep=' | ')


for mod in (builtins, math, itertools, operator):
    for name, obj in sorted(vars(mod).items()):
        if type(obj).__name__ == 'builtin_function_or_method' and not name.startswith('_'):
            show(mod.__name__ + '.' + name, obj)

for t in (str, bytes, bytearray, list, tuple, dict, set, frozenset, int, float, complex):
    for name in sorted(vars(t)):
        if not name.startswith('_') and callable(getattr(t, name)):
            show(t.__name__ + '.' + name, getattr(t, name))

show('functools.reduce', functools.reduce)
show('functools.cmp_to_key', functools.cmp_to_key)
print('-- bound')
for obj in ['a b'.split, b'x'.hex, [].index, {}.get, (1).to_bytes, 1.5.hex, set().add,
            dict.fromkeys, int.from_bytes, float.fromhex, bytes.fromhex, str.maketrans,
            bytes.maketrans]:
    show(getattr(obj, '__qualname__', obj.__name__), obj)
    print('   ', type(obj).__name__, obj.__module__, type(obj.__self__).__name__)

sig = inspect.signature(sorted)
for p in sig.parameters.values():
    print(p.name, p.kind, p.default)
print(inspect.signature(list.index).parameters['stop'].default == __import__('sys').maxsize)
print(inspect.signature(str.split).bind('a b', maxsplit=1))
try:
    inspect.signature(str.split).bind(sep=' ')
except TypeError as e:
    print('TypeError', e)

for obj in (len, str.split, 'x'.split, math.sqrt, sorted, dict.fromkeys, operator.add):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        help(obj)
    print(out.getvalue().split('\n')[2])
