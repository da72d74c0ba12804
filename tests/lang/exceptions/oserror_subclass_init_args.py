# An OSError subclass that defines __init__ but inherits __new__ gets its arguments in
# __init__ only (CPython's oserror_use_init): args is () and errno/strerror/filename are
# None unless that __init__ passes them on. urllib.error.HTTPError relies on it.
class OwnInit(OSError):
    def __init__(self, x, y=None):
        self.x = x


e = OwnInit(2, "msg")
print(e.args, e.errno, e.strerror, e.filename, repr(str(e)), repr(e), e.x)


class PassesOn(OSError):
    def __init__(self, *args):
        super().__init__(*args)


e = PassesOn(2, "msg", "file")
print(e.args, e.errno, e.strerror, e.filename, str(e), type(e).__name__)


class Plain(OSError):
    pass


e = Plain(13, "denied")
print(e.args, e.errno, str(e), type(e).__name__)


class FromSubclass(FileNotFoundError):
    def __init__(self, name):
        self.name_ = name


e = FromSubclass("x")
print(e.args, e.errno, repr(str(e)), repr(e), e.name_)
try:
    OwnInit(1, 2, extra=3)
except TypeError as err:
    print("TypeError", err)
try:
    OwnInit()
except TypeError as err:
    print("TypeError", err)
print(OSError(2, "x").__class__.__name__, OwnInit(2, "x").__class__.__name__)
