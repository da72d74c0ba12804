# The datetime types are importable under the C module's name, _datetime (CPython's test
# suite imports it for its "fast" half); they are the datetime module's own classes, and
# datetime.__all__ lists the public names.
import datetime
import _datetime

print(datetime.__all__)
print(all(getattr(_datetime, name) is getattr(datetime, name) for name in datetime.__all__))
d = _datetime.date(2024, 2, 28) + _datetime.timedelta(days=2)
print(d, type(d).__module__, type(d).__name__)
print(_datetime.datetime(2020, 1, 1, tzinfo=_datetime.UTC).isoformat())
from datetime import *
print(sorted(n for n in dir() if not n.startswith('_')))
