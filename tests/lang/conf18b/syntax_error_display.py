# How sys.excepthook shows a SyntaxError built by hand, as CPython: a bytes or other
# non-str filename prints as str(), None as "<string>"; without an int lineno (or with a
# non-int offset) there is no File/caret part and the last line is str(exc)
import sys
sys.stderr = sys.stdout
cases = [("msg", (b"bytes_filename", 123, 0, "text")), ("msg", (None, 123, 0, "text")),
         ("msg", (42, 123, 0, "text")), ("msg", ("plain.py", 123, 0, "text")), ("msg",),
         ("msg", (None, None, None, None)), ("m", ("f.py", None, 3, "abc")),
         ("m", (b"x", 2, 1, None)), ("m", ("g.py", 4, "x", "abc"))]
for args in cases:
    try:
        raise SyntaxError(*args)
    except SyntaxError:
        t, v, tb = sys.exc_info()
        v.__traceback__ = None
        sys.excepthook(t, v, None)
