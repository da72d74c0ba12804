# io.RawIOBase subclasses that implement nothing: the _check* helpers and the default
# methods raise UnsupportedOperation / NotImplementedError with CPython's messages.
import io


class R(io.RawIOBase):
    pass


r = R()
print(r.seekable(), r.readable(), r.writable())
for m in ("_checkSeekable", "_checkReadable", "_checkWritable"):
    try:
        getattr(r, m)()
    except io.UnsupportedOperation as e:
        print(m, type(e).__name__, e)
for name, call in (("seek", lambda: r.seek(0)), ("tell", lambda: r.tell()),
                   ("read", lambda: r.read(1)), ("write", lambda: r.write(b"x")),
                   ("fileno", lambda: r.fileno()), ("truncate", lambda: r.truncate())):
    try:
        print(name, call())
    except (OSError, ValueError, NotImplementedError) as e:
        print(name, type(e).__name__, e)
r.close()
try:
    r._checkClosed()
except ValueError as e:
    print("closed", e)
