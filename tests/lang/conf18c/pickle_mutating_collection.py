# a pickler whose persistent_id clears the collection being saved: a list is written up
# to where it shrank, a set or dict raises RuntimeError (changed size during iteration)
import io
import pickle


class Clearer:
    pass


def check(collection, proto, items=None):
    class EvilPickler(pickle.Pickler):
        def persistent_id(self, obj):
            if isinstance(obj, Clearer):
                collection.clear()
            return None
    f = io.BytesIO()
    try:
        EvilPickler(f, proto).dump(collection)
        print(proto, 'ok', pickle.loads(f.getvalue()) if not items else f.getvalue()[:2])
    except RuntimeError as e:
        print(proto, 'RuntimeError', e)
    except Exception as e:
        print(proto, type(e).__name__, e)


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    check([Clearer()], proto, True)
    check([Clearer(), Clearer()], proto, True)
    check([1, Clearer(), 3, 4], proto, True)
    check({Clearer()}, proto, True)
    check({1: Clearer(), 2: 3}, proto, True)
big = list(range(2500))
big[1200] = Clearer()
check(big, 2, True)

# batches of dicts, sets and lists are written as CPython writes them (byte for byte)
import hashlib


class D(dict):
    pass


class R:
    def __init__(self, items):
        self.items = items

    def __reduce__(self):
        return R, ([],), None, None, iter(self.items)


for n in (0, 1, 2, 999, 1000, 1001, 2000, 2001):
    d = {i: str(i) for i in range(n)}
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        outs = [pickle.dumps(x, proto) for x in (d, D(d), set(range(n)), list(range(n)),
                                                  R(list(d.items())))]
        print(n, proto, [hashlib.sha256(o).hexdigest()[:12] for o in outs])
for bad in ([(1, 2, 3)], [[1, 2]], [1]):
    try:
        pickle.dumps(R(bad), 2)
    except TypeError as e:
        print('TypeError', e)
