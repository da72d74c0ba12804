# Relative imports resolve their package as CPython: __package__, else __spec__.parent,
# else __name__ (with __path__: itself), with its errors for missing or non-str values.
import types
def run(src, g):
    try:
        exec(src, g)
        print('ok', getattr(g.get('x'), '__name__', None))
    except BaseException as e:
        print(type(e).__name__, e)
run('from . import x', {})
run('from . import x', {'__name__': 5})
run('from . import x', {'__name__': 'top'})
run('from . import x', {'__name__': 'a.b'})
run('from .. import x', {'__name__': 'a.b'})
run('from . import x', {'__package__': 5})
run('from . import x', {'__package__': ''})
run('from . import x', {'__package__': None, '__name__': 'q'})
run('from . import x', {'__spec__': types.SimpleNamespace(parent=3)})
run('from . import x', {'__spec__': types.SimpleNamespace(parent='')})
run('from . import x', {'__spec__': types.SimpleNamespace()})
run('from .json import x', {'__spec__': None, '__name__': 'json', '__path__': []})
run('from . import decoder as x', {'__name__': 'json.foo'})
run('from . import decoder as x', {'__package__': 'json'})
run('from . import decoder as x', {'__spec__': types.SimpleNamespace(parent='json')})
for g in [5, None, []]:
    try: __import__('x', g, None, [], 1)
    except BaseException as e: print(type(e).__name__, e)
