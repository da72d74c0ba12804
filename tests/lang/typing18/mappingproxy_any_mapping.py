# mappingproxy() takes anything subscriptable except a list or a tuple, as CPython
# (dataclasses.field(metadata=...) with a class that has only __getitem__/__len__).
import types, dataclasses
for x in ('abc', b'x', range(3), [1], (1,), 3, {}, set()):
    try: print(repr(types.MappingProxyType(x)))
    except TypeError as e: print(e)
class NS:
    def __init__(self, **kw): self.__dict__.update(kw)
    def __getitem__(self, item): return 'plugh' if item == 'xyzzy' else getattr(self, item)
    def __len__(self): return len(self.__dict__)
@dataclasses.dataclass
class C:
    i: int = dataclasses.field(metadata=NS(a=10))
md = dataclasses.fields(C)[0].metadata
print(len(md), md['a'], md['xyzzy'])
try: md['b']
except AttributeError as e: print('AttributeError', e)
