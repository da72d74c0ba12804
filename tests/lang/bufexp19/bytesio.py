# BytesIO.getbuffer() exports the stream: writes, truncate, close and __setstate__ are
# refused while a view is held, and work once it is released or dropped.
import io

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except BufferError as e:
        print(label, "BufferError:", e)
    except Exception as e:
        print(label, type(e).__name__, e)

f = io.BytesIO(b"hello world")
m = f.getbuffer()
print(len(m), bytes(m[:5]))
attempt("write", lambda: f.write(b"x"))
attempt("write empty", lambda: f.write(b""))
attempt("writelines", lambda: f.writelines([b"a", b"b"]))
attempt("writelines empty", lambda: f.writelines([]))
attempt("truncate", lambda: f.truncate(3))
attempt("seek past end", lambda: f.seek(20))
attempt("read", lambda: f.read())
attempt("seek back", lambda: f.seek(0))
attempt("read", lambda: f.read(5))
attempt("getvalue", lambda: f.getvalue())
attempt("setstate", lambda: f.__setstate__((b"ab", 0, None)))
attempt("close", lambda: f.close())
attempt("closed", lambda: f.closed)
m.release()
attempt("released write", lambda: f.write(b"!"))
print(f.getvalue())

s = f.getbuffer()[6:]
attempt("slice alive", lambda: f.write(b"?"))
del s
attempt("slice deleted", lambda: f.write(b"?"))
print(f.getvalue())

with f.getbuffer() as v:
    attempt("in with", lambda: f.truncate(2))
attempt("after with", lambda: f.truncate(2))
print(len(f.getbuffer()), f.getvalue())
attempt("after temporary", lambda: f.write(b"Z"))

def inspect(stream):
    view = stream.getbuffer()
    return view.tobytes()

print(inspect(f))
attempt("after function", lambda: f.write(b"Y"))
print(f.getvalue())
attempt("close at last", lambda: f.close())
print(f.closed)

g = io.BytesIO(b"abc")
keep = [g.getbuffer()]
try:
    with g:
        pass
except BufferError as e:
    print("with exit:", e)
print(g.closed)
keep.clear()
with g:
    pass
print(g.closed)
