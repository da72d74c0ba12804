# safepy raised "TypeError: unsupported operand type(s) for /: 'Path' and 'str'" instead of calling the mixin's __truediv__ (str exposes a phantom __truediv__ earlier in the MRO)
class JoinMixin:
    def __truediv__(self, other):
        return type(self)(self + "/" + other)
    def __sub__(self, other):
        return f"sub({self!s}, {other!s})"
class Path(str, JoinMixin):
    pass
p = Path("root")
print(p / "usr" / "bin", type(p / "x").__name__)
print(p - "x")
class Bag(list, JoinMixin):
    pass
print(Bag([1, 2]) - 3)
class Conf(dict, JoinMixin):
    pass
print(Conf(a=1) - "b")
