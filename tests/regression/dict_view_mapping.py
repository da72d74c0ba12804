# dict views have .mapping: a read-only proxy of the dict they show.
d = {'a': 1}
for v in [d.keys(), d.values(), d.items()]:
    m = v.mapping
    print(type(m).__name__, m, m['a'], m == d, len(m))
    try: m['b'] = 2
    except TypeError as e: print(type(e).__name__, e)
d['z'] = 26; print(d.keys().mapping)
try: d.keys().mapping = {}
except AttributeError as e: print(type(e).__name__, e)
