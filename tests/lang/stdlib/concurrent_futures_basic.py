# concurrent.futures executors run calls at once and return finished futures (module was missing).
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ProcessPoolExecutor, Future, ALL_COMPLETED
import concurrent.futures
import threading
def sq(x):
    return x * x
def fail(x):
    raise ValueError(f"bad {x}")
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(sq, i) for i in range(5)]
    print([f.result() for f in futs], all(f.done() for f in futs))
    print(list(ex.map(sq, range(6))), list(ex.map(pow, [2, 3], [3, 2])))
    print(sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(fail, 1)
    print(type(f.exception()).__name__, f.exception())
    try: f.result()
    except ValueError as e: print("raised", e)
    it = ex.map(fail, [1])
    try: list(it)
    except ValueError as e: print("map raised", e)
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    print(ex.submit(lambda: threading.current_thread().name.startswith("ThreadPoolExecutor-")).result())
try: ex.submit(sq, 1)
except RuntimeError as e: print(e)
with ProcessPoolExecutor() as pex:
    print(list(pex.map(sq, [1, 2, 3])))
fu = Future(); print(fu.done(), fu.cancel(), fu.cancelled())
fu2 = Future(); fu2.add_done_callback(lambda f: print("callback", f.result())); fu2.set_result(7)
try: fu2.set_result(8)
except concurrent.futures.InvalidStateError as e: print(type(e).__name__)
try: fu.result()
except concurrent.futures.CancelledError as e: print("CancelledError", repr(e))
with ThreadPoolExecutor(thread_name_prefix="pool") as ex2:
    print(ex2.submit(lambda: threading.current_thread().name).result())
try: ThreadPoolExecutor(0)
except ValueError as e: print(e)
results = {}
with ThreadPoolExecutor() as ex3:
    fmap = {ex3.submit(sq, n): n for n in [3, 1, 2]}
    for f in as_completed(fmap):
        results[fmap[f]] = f.result()
print(sorted(results.items()))
