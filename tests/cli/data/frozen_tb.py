# Tracebacks and code attributes of frozen standard-library modules, which run from
# precompiled bytecode (docs/notes/frozen_bytecode.md): the expectation was recorded with
# the interpreter that compiled them from source at import, so it checks that nothing
# (file names, first lines, positions, source lines in tracebacks) changed.
import json
import json.decoder
import statistics
import traceback

for f in (json.loads, json.decoder.JSONDecoder.raw_decode, statistics.mean, traceback.format_exc):
    c = f.__code__
    print(c.co_filename, c.co_name, c.co_qualname, c.co_firstlineno, c.co_argcount, c.co_varnames[:3])
# session 21: the frozen code keeps lines only and recovers columns from the source on
# demand (docs/notes/frozen21.md): marshalling a frozen function's code gives the bytes
# of the complete code, and carets deep in frozen code (below) are unchanged
import hashlib
import marshal
import textwrap
for f in (json.loads, statistics.mean, textwrap.TextWrapper._wrap_chunks):
    print(f.__qualname__, hashlib.sha256(marshal.dumps(f.__code__)).hexdigest()[:16])
try:
    textwrap.TextWrapper(width=-1).wrap("a b")
except ValueError:
    traceback.print_exc()
try:
    statistics.mean([])
except statistics.StatisticsError:
    traceback.print_exc()
json.loads('{"a": 1, }')
