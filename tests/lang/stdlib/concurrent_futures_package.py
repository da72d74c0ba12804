# concurrent.futures is a package laid out as CPython's: _base, thread (with _WorkItem, which
# test_genericalias subscripts), process; the package re-exports them.
import concurrent.futures as cf
from concurrent.futures.thread import _WorkItem, ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor
from concurrent.futures import _base
print(_WorkItem[int], cf.ThreadPoolExecutor is ThreadPoolExecutor, cf.Future is _base.Future)
print(cf.ProcessPoolExecutor is ProcessPoolExecutor, sorted(cf.__all__))
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(abs, [-1, -2, 3])))
    f = ex.submit(divmod, 7, 2)
    print(f.result(), type(f).__name__)
    g = ex.submit(int, 'x')
    print(type(g.exception()).__name__)
print(cf.InvalidStateError.__name__, 'InvalidStateError' in cf.__all__)
