# A None entry in sys.modules stops the import of that name ("halted"), for every way of
# importing it (statement, submodule, __import__, importlib, a C module's lazily fetched
# names); it is never bound as the module.
import sys
import importlib


def t(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except ImportError as e:
        print(label, type(e).__name__, e, e.name)


def stmt():
    import blocked_mod
    return blocked_mod


def sub():
    import json.decoder
    return json


def from_stmt():
    from blocked_mod import x
    return x


sys.modules['blocked_mod'] = None
t('import', stmt)
t('from', from_stmt)
t('__import__', lambda: __import__('blocked_mod'))
t('importlib', lambda: importlib.import_module('blocked_mod'))
saved = {k: sys.modules.pop(k) for k in list(sys.modules) if k == 'json' or k.startswith('json.')}
sys.modules['json'] = None
t('parent', sub)
del sys.modules['json']
t('after del', sub)
saved_c = sys.modules.pop('collections', None)
sys.modules['collections'] = None
import _collections
t('lazy C name', lambda: _collections.deque)
del sys.modules['collections']
t('lazy C name after del', lambda: _collections.OrderedDict)
