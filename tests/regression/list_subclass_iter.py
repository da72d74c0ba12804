# A list or tuple subclass is read through its __iter__ wherever CPython iterates it
# (list(), tuple(), extend, +=, unpacking, sorted, json); only exact lists/tuples are copied
import json, io
class L(list):
    def __iter__(self): return iter([9, 9])
class T(tuple):
    def __iter__(self): return iter([8])
a = []; a.extend(L([1, 2])); print(a)
a = []; a.extend(T((1, 2))); print(a)
print(list(L([1, 2])), tuple(L([1, 2])), list(T((1, 2))), tuple(T((1, 2))))
print([*L([1])], (*T((5, 6)),), sorted(L([3])), set(T((1,))))
b = []; b += L([5]); print(b)
print(list([1, 2]), tuple((3,)), tuple([4]))
for o in [L([1, 2]), T((1, 2)), {'k': L([1])}, (1, L([2]))]:
    f = io.StringIO(); json.dump(o, f)
    print(f.getvalue(), json.dumps(o), json.dumps(o, indent=1).replace('\n', '|'),
          ''.join(json.JSONEncoder().iterencode(o)))
