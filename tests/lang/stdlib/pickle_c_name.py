# _pickle (CPython's name for its accelerator) holds pickle's classes and functions;
# test_inspect imported it at load time and stopped with ModuleNotFoundError.
import inspect
import io
import pickle
import _pickle

for name in ('PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
             'PickleBuffer', 'dump', 'dumps', 'load', 'loads'):
    print(name, callable(getattr(_pickle, name)))
print(issubclass(_pickle.PicklingError, _pickle.PickleError))
f = io.BytesIO()
_pickle.Pickler(f, 2).dump([1, 'a', (None, 2.5)])
print(f.getvalue() == pickle.dumps([1, 'a', (None, 2.5)], 2))
print(_pickle.loads(f.getvalue()), _pickle.Unpickler(io.BytesIO(f.getvalue())).load())
print(_pickle.loads(_pickle.dumps({'k': b'v'}, protocol=5)))
print(inspect.getfullargspec(_pickle.Pickler.dump).args)
try:
    _pickle.dumps(lambda: 0)
except _pickle.PicklingError as e:
    print('PicklingError')
