# safepy reported hasattr([], "__sub__") == True and "a".__sub__("b") returned NotImplemented instead of raising AttributeError (builtin types expose arithmetic dunders they don't define)
for obj in ["", [], (), {}, set(), b"", 1.5]:
    names = ["__sub__", "__truediv__", "__and__", "__pow__", "__matmul__", "__radd__", "__lshift__", "__mod__", "__mul__"]
    print(type(obj).__name__, [n for n in names if hasattr(obj, n)])
try:
    print("a".__sub__("b"))
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(1, "__matmul__"), hasattr(int, "__rmatmul__"))
