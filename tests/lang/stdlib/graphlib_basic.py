# graphlib.TopologicalSorter orders, cycles and errors as CPython (module was missing).
from graphlib import TopologicalSorter, CycleError
g = {"d": {"b", "c"}, "b": {"a"}, "c": {"a"}, "e": {"d"}}
g = {k: sorted(v) for k, v in g.items()}
print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(7); ts.add(2, 7); ts.add(1, 7)
print(tuple(ts.static_order()))
ts = TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "x": []})
try: ts.prepare()
except CycleError as e: print(type(e).__name__, e.args[0], e.args[1], isinstance(e, ValueError))
ts = TopologicalSorter({1: [2, 3], 2: [3], 4: [1], 5: [5]})
try: list(ts.static_order())
except CycleError as e: print(e.args)
ts = TopologicalSorter({"B": ["A"], "C": ["A"], "D": ["B", "C"]})
ts.prepare()
while ts:
    r = ts.get_ready(); print("ready", r)
    ts.done(*r)
ts = TopologicalSorter({1: [0]})
for f in [lambda: ts.get_ready(), lambda: ts.done(1), lambda: ts.is_active()]:
    try: f()
    except ValueError as e: print(e)
ts.prepare()
for f in [lambda: ts.prepare(), lambda: ts.add(5), lambda: ts.done(9), lambda: ts.done(1), lambda: (ts.get_ready(), ts.done(0), ts.done(0))]:
    try: print(f())
    except ValueError as e: print(e)
print(TopologicalSorter[int])
