# functools.RLock exists, as in CPython (from _thread; cached_property's lock), imported on
# first use.
import functools

lock = functools.RLock()
with lock:
    with lock:
        print("reentrant", type(lock).__name__)
print(functools.RLock is functools.RLock)
try:
    functools.nope
except AttributeError as e:
    print(e)


class C:
    @functools.cached_property
    def v(self):
        print("computing")
        return 42


c = C()
print(c.v, c.v)
