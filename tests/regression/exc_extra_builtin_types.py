# The exception classes without a TypeId (BlockingIOError, ConnectionError..., the
# *Warning ones) are builtin types as in CPython: immutable, no __module__/__weakref__ in
# their namespace, not weakly referenceable, still subclassable and picklable.
import weakref, pickle
for c in (ConnectionError, BlockingIOError, ChildProcessError, FutureWarning, ResourceWarning,
          InterruptedError, ProcessLookupError, UnicodeWarning, EncodingWarning):
    print(c, c.__module__, c.__qualname__, c.__base__.__name__,
          sorted(k for k in vars(c) if k not in ('__init__', '__new__')))
for c in (ConnectionError, BytesWarning):
    try:
        c.foo = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del BrokenPipeError.__doc__
except TypeError as e:
    print(type(e).__name__, e)
e = BrokenPipeError(32, 'x')
print(repr(e), e.errno, e.strerror, str(e), isinstance(e, ConnectionError), isinstance(e, OSError))
try:
    weakref.ref(e)
    print('weakref ok')
except TypeError as x:
    print(type(x).__name__, x)
e.attr = 5
print(e.attr, pickle.loads(pickle.dumps(e)).args, type(pickle.loads(pickle.dumps(e))).__name__)
class My(ConnectionResetError):
    def __str__(self):
        return 'My:' + super().__str__()
print(My(1, 'z'), My.__mro__)
print(weakref.ref(My()) is not None)
print(BlockingIOError.__doc__, FutureWarning.__doc__.splitlines()[0])
print(hash(ConnectionError) == hash(ConnectionError), ConnectionError == ConnectionError)
w = FutureWarning('w'); print(repr(w), w.args, issubclass(FutureWarning, Warning))
print(type.__subclasses__(ConnectionError))
print([c.__name__ for c in OSError.__subclasses__() if c.__name__.startswith(('Blocking', 'Child', 'Interr', 'Process', 'Connection'))])
try:
    raise ConnectionRefusedError(111, 'refused')
except ConnectionError as x:
    print(type(x).__name__, x, x.args)
try:
    raise ImportWarning('imp')
except Warning as x:
    print(type(x).__name__, x)
