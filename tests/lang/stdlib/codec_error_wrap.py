# An error raised inside a codec reached through str.encode, bytes.decode, codecs.encode
# or codecs.decode comes back, as in CPython 3.11, as a new exception of the same type,
# "encoding with 'NAME' codec failed (Type: message)", caused by the original -- but only
# for plain exceptions: one str argument at most, no attributes, no __init__/__new__ of
# their own, not a type with fields of its own (UnicodeDecodeError, OSError, ...).
import codecs


class Plain(Exception):
    pass


class WithInit(Exception):
    def __init__(self, *a):
        super().__init__(*a)


class WithStr(ValueError):
    def __str__(self):
        return "custom text"


def raiser(kind):
    def codec(obj, errors="strict"):
        if kind == "value":
            raise ValueError("bad value")
        if kind == "two":
            raise ValueError("a", "b")
        if kind == "plain":
            raise Plain("mine")
        if kind == "init":
            raise WithInit("init")
        if kind == "str":
            raise WithStr("ignored")
        if kind == "key":
            raise KeyError("k")
        if kind == "attr":
            e = ValueError("x")
            e.extra = 1
            raise e
        if kind == "note":
            e = ValueError("x")
            e.add_note("n")
            raise e
        if kind == "empty":
            raise TypeError()
        if kind == "int":
            raise ValueError(3)
        if kind == "decode":
            raise UnicodeDecodeError("ascii", b"\xff", 0, 1, "no")
        if kind == "oserror":
            raise OSError(2, "gone")
        if kind == "stop":
            raise StopIteration("s")
        if kind == "runtime":
            raise RecursionError("deep")
        return (b"" if isinstance(obj, str) else ""), 0
    return codec


def search(name):
    if name.startswith("t_"):
        fn = raiser(name[2:])
        return codecs.CodecInfo(fn, fn, name=name)
    return None


codecs.register(search)
kinds = ["value", "two", "plain", "init", "str", "key", "attr", "note", "empty", "int",
         "decode", "oserror", "stop", "runtime"]
for kind in kinds:
    for how in ("str.encode", "bytes.decode", "codecs.encode", "codecs.decode"):
        enc = "t_" + kind
        try:
            if how == "str.encode":
                "x".encode(enc)
            elif how == "bytes.decode":
                b"x".decode(enc)
            elif how == "codecs.encode":
                codecs.encode("x", enc)
            else:
                codecs.decode(b"x", enc)
        except Exception as e:
            c = e.__cause__
            print(kind, how, type(e).__name__, e.args, type(c).__name__,
                  e.__suppress_context__, e.__context__ is c if c else e.__context__)

# the name is the one the caller gave, not the normalized one
try:
    "x".encode("T_Value")
except ValueError as e:
    print(e)
# the codec object's own functions are not wrapped
try:
    codecs.lookup("t_value").encode("x")
except ValueError as e:
    print(e.args)
# wrapping nests: a codec calling another codec
def outer(obj, errors="strict"):
    return b"x".decode("t_plain"), 0


codecs.register(lambda n: codecs.CodecInfo(outer, outer, name=n) if n == "outer" else None)
try:
    b"y".decode("outer")
except Plain as e:
    print(e)
    print(e.__cause__, "|", e.__cause__.__cause__)

# CPython decodes UTF-16/UTF-32 in C when str.encode/bytes.decode name them so: a bad
# error handler's TypeError comes unwrapped there, wrapped through codecs.decode or
# another spelling
codecs.register_error("t_notuple", lambda exc: "no tuple")
for enc in ("utf-16", "UTF_16", "utf16", "utf-32-be", "utf-16le", "u16"):
    for how in ("bytes.decode", "codecs.decode"):
        try:
            if how == "bytes.decode":
                b"\x00\xd8".decode(enc, "t_notuple")
            else:
                codecs.decode(b"\x00\xd8", enc, "t_notuple")
        except TypeError as e:
            print(enc, how, e)
codecs.register_error("t_badenc", lambda exc: 42)
for enc in ("utf-16", "utf_32", "utf-16-be"):
    try:
        "\ud800".encode(enc, "t_badenc")
    except TypeError as e:
        print(enc, "str.encode", e)
