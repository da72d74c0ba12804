# The _io module was built at start-up (StringIO, BytesIO, the binary file types and
# io.UnsupportedOperation: 7% of an empty script's instructions). It is now a C module made
# on first import, like the others: sys.builtin_module_names still lists it, the error the
# standard streams raise before any import is the class _io and io export, and a second
# import (after del sys.modules['_io']) gives the same types instead of new ones.
import sys

print('_io' in sys.builtin_module_names, sys.builtin_module_names == tuple(sorted(sys.builtin_module_names)))
try:
    sys.stdout.read()
except Exception as e:
    err = e
import io, _io

print(type(err) is io.UnsupportedOperation, type(err) is _io.UnsupportedOperation, err)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(io.StringIO is _io.StringIO, io.BytesIO is _io.BytesIO, _io.TextIOWrapper is type(sys.stdout))
print(_io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
s = _io.StringIO()
s.write('abc')
print(repr(s.getvalue()), _io.BytesIO(b'xy').read())
first = _io
del sys.modules['_io']
import _io as again

print(again is first, again.StringIO is first.StringIO, again.BytesIO is first.BytesIO,
      again.FileIO is first.FileIO, again.BufferedReader is first.BufferedReader)
