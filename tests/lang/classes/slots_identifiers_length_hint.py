for slots in [[chr(128)], ["a b"], [""], ["1a"], ["a", 1], "ab", ["ab", "ab"], ["__dict__", "__dict__"], ["é"], ["_x", "a1"], [b"x"], 5]:
    try:
        class C: __slots__ = slots
        print('ok', C.__slots__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
import operator
class LH:
    def __length_hint__(self): return 7
o = LH()
o.__length_hint__ = lambda: 99
print(operator.length_hint(o))
class LH2:
    def __len__(self): return 3
    def __length_hint__(self): return 7
print(operator.length_hint(LH2()))
class LH3:
    __length_hint__ = None
print(operator.length_hint(LH3(), 5))
class LH4:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(LH4(), 6))
for bad in [-1, 'x', 2.0]:
    class LH5:
        def __length_hint__(self, v=bad): return v
    try:
        print(operator.length_hint(LH5()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
