# _imp: the import system's low-level questions (test.support and importlib use it).
import _imp, sys
print(_imp.is_builtin('sys'), _imp.is_builtin('math'), _imp.is_builtin('json'), _imp.is_builtin('nope'))
print(_imp.is_frozen('nope'), _imp.is_frozen('nope'), _imp.lock_held(), _imp.check_hash_based_pycs)
print(_imp.acquire_lock(), _imp.release_lock(), _imp._override_frozen_modules_for_tests(1))
for bad in (1, None):
    try: _imp.is_builtin(bad)
    except TypeError as e: print(e)
try: _imp.is_frozen_package('nope')
except ImportError as e: print(type(e).__name__, e)
print(type(_imp.extension_suffixes()))
# the import lock counts acquisitions; releasing one not held is an error
_imp.acquire_lock()
_imp.acquire_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
_imp.release_lock()
print(_imp.lock_held())
try:
    _imp.release_lock()
except RuntimeError as e:
    print(e)
for f in (_imp.acquire_lock, _imp.release_lock, _imp.lock_held):
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
