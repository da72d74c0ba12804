# urllib.error and urllib.response: URLError (an OSError with args (reason,), str and
# filename), HTTPError as exception and response (reason, headers, code, url, read(),
# close(), with), ContentTooShortError; addbase delegating to the file, its with
# statement refusing a closed file, addclosehook calling its hook once, addinfo and
# addinfourl accessors.
import io
import pickle
import tempfile
import urllib.error
import urllib.response
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.response import addbase, addclosehook, addinfo, addinfourl

print(urllib.error.__all__, urllib.response.__all__)
print([c.__name__ for c in HTTPError.__mro__])
print(issubclass(URLError, OSError), issubclass(ContentTooShortError, URLError),
      issubclass(addbase, tempfile._TemporaryFileWrapper))

e = URLError("no route")
print(str(e), repr(e), e.args, e.reason, hasattr(e, "filename"), e.errno, e.strerror)
e = URLError(OSError(2, "gone"), "file.txt")
print(str(e), e.args, e.filename, type(e.reason).__name__)
try:
    raise URLError("boom")
except OSError as caught:
    print("caught as OSError:", caught)
attempt_args = []
for args in [(), ("a", "b", "c")]:
    try:
        URLError(*args)
    except TypeError as err:
        print("URLError", len(args), "args: TypeError", err)

body = io.BytesIO(b"<h1>Not Found</h1>\nmore\n")
h = HTTPError("http://example.com/x", 404, "Not Found", {"Content-Type": "text/html"}, body)
print(str(h), repr(h), h.code, h.msg, h.reason, h.headers, h.hdrs, h.url, h.geturl(),
      h.getcode(), h.status, h.info(), h.args, h.fp is body)
print(h.readline(), h.read(), h.closed)
h.headers = {"X": "1"}
print(h.hdrs, h.info())
with h as inner:
    print("with:", inner is h, body.closed)
print("after with:", body.closed)
h2 = HTTPError("u", 500, "Server Error", None, None)
print(type(h2.fp).__name__, repr(h2.read()), h2.headers, str(h2), h2.filename)
try:
    raise HTTPError("u", 403, "Forbidden", {}, None)
except URLError as caught:
    print("caught as URLError:", caught, caught.reason)

c = ContentTooShortError("retrieval incomplete", b"partial")
print(str(c), c.args, c.reason, c.content)

# addbase: attribute access goes to the wrapped file
f = io.BytesIO(b"line1\nline2\nline3\n")
b = addbase(f)
print(b.fp is f, b.file is f, b.name, b.delete, b.readline(), list(b), b.closed)
print(repr(b).startswith("<addbase at "), repr(b).endswith("whose fp = %r>" % f))
with b as same:
    print("with:", same is b, f.closed)
print(f.closed)
try:
    with b:
        pass
except ValueError as err:
    print("ValueError", err)
try:
    b.read()
except ValueError as err:
    print("read after close: ValueError", err)

calls = []
f = io.BytesIO(b"data")
hook = addclosehook(f, lambda *a: calls.append(a), 1, "two")
print(hook.read(2), hook.closehook is not None, hook.hookargs)
hook.close()
hook.close()
print(calls, f.closed, hook.closehook, hook.hookargs)


def failing():
    raise RuntimeError("hook failed")


f = io.BytesIO(b"")
hook = addclosehook(f, failing)
try:
    hook.close()
except RuntimeError as err:
    print("RuntimeError", err, f.closed, hook.closehook)
hook.close()

f = io.BytesIO(b"x")
info = addinfo(f, {"H": "v"})
print(info.info(), info.headers, info.read())
url = addinfourl(io.BytesIO(b"y"), {"K": 1}, "http://u/", 200)
print(url.info(), url.geturl(), url.getcode(), url.status, url.url, url.code, url.read())
url = addinfourl(io.BytesIO(b""), None, "file:///")
print(url.getcode(), url.status)
try:
    url.status = 5
except AttributeError as err:
    print("AttributeError", err)
for args in [(), (1, 2)]:
    try:
        addinfourl(*args)
    except TypeError as err:
        print("addinfourl", len(args), "TypeError", err)
try:
    pickle.dumps(URLError("x"))
    print("URLError pickles", pickle.loads(pickle.dumps(URLError("x"))).args)
except Exception as err:
    print(type(err).__name__, err)
