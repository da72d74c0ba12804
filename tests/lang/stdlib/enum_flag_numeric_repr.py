# enum.Flag._numeric_repr_: repr by default (on Flag itself, inherited by subclasses);
# a class may set its own, used for the unknown bits a KEEP flag shows
import enum

print(enum.Flag._numeric_repr_, enum.IntFlag._numeric_repr_)
print('_numeric_repr_' in enum.Flag.__dict__, hasattr(enum.Enum, '_numeric_repr_'))


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


print(Perm._numeric_repr_ is repr, '_numeric_repr_' in Perm.__dict__, list(Perm))


class Keep(enum.Flag, boundary=enum.KEEP):
    A = 1
    B = 2


print(repr(Keep(11)), str(Keep(11)), repr(Keep(8)))


class Hex(enum.Flag, boundary=enum.KEEP):
    _numeric_repr_ = hex
    A = 1


print(repr(Hex(17)), str(Hex(17)), format(Hex(17)), list(Hex), Hex._numeric_repr_)


class Bits(enum.IntFlag):
    _numeric_repr_ = bin
    ONE = 1


print(repr(Bits(5)), str(Bits(5)), Bits(5))
