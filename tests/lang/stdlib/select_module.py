# select imports (test_exception_hierarchy checks select.error is OSError at load time);
# its argument errors are CPython's. Waiting itself is not offered by safepy's host
# (PermissionError, not compared: CPython waits), see src/modules/lib/select.py.
import select

print(select.error is OSError)
for args in [([], [], [], 'x'), ([], [], [], -1), ([object()], [], []), ([], ['a'], [])]:
    try:
        select.select(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
