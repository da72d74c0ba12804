# dict_keys / dict_items set operations, comparisons and isdisjoint, as CPython 3.11 orders them
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {1: 10, 2: 20, 3: 30, 40: 400}
b = {3: 33, 40: 400, 5: 50}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb, kb - ka)
print(ka & {2, 3, 99}, ka | [7, 8], ka - (1,), ka ^ {1, 100}, {1, 100} ^ ka, [1, 2] - ka if False else 'x')
print({2, 3} & ka, {2, 3} | ka, {2, 3, 9} - ka, range(5) - ka if False else 'y', [3, 9] & ka)
ia, ib = a.items(), b.items()
print(ia & ib, ia - ib, ib - ia, sorted(ia | ib), ia ^ ib)
print(ia & {(1, 10), (2, 99)}, (2, 20) in ia, (2, 99) in ia, [2, 20] in ia, 2 in ia)
print(ka == {1, 2, 3, 40}, ka == [1, 2, 3, 40], ka != kb, ka < {1, 2, 3, 40, 5}, ka <= ka, ka > {1}, ka >= {9})
print(ia == {(1, 10), (2, 20), (3, 30), (40, 400)}, ia < ia, kb == b.keys())
print(ka.isdisjoint([9, 10]), ka.isdisjoint({3}), ia.isdisjoint(ib), ka.isdisjoint(ka), {}.keys().isdisjoint({}.keys()))
v = a.values()
print(v, 10 in v, 11 in v, list(v), len(v))
show(lambda: v & {1})
show(lambda: v == v)
show(lambda: ka & 5)
show(lambda: ka < 5)
show(lambda: ka | None)
print(type(ka & kb).__name__, type(ia - ib).__name__, type({1} - ka).__name__)
big = dict.fromkeys(range(0, 200, 3))
print(sorted(big.keys() & set(range(0, 200, 5)))[:6], len(big.keys() - range(100)))
r = {}; r[1] = r.keys(); print(r, r.keys(), r.items())
print({(1, 2): 3}.items() & {((1, 2), 3)}, dict(a.items() - ib))
