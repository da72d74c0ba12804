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
try:
    statistics.mean([])
except statistics.StatisticsError:
    traceback.print_exc()
json.loads('{"a": 1, }')
