# importlib.__import__ exists (CPython's package exports it; test helpers and import
# hooks call it) and behaves as the builtin
import importlib, builtins
m = importlib.__import__('json', globals(), locals(), ['dumps'], 0)
print(m.__name__, m.dumps([1]))
p = importlib.__import__('os.path')
print(p.__name__, 'sep' in dir(p.path))
print(callable(importlib.__import__), importlib.__import__ is builtins.__import__ or importlib.__import__.__name__ == '__import__')
