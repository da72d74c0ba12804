# bytes.fromhex / bytearray.fromhex on a subclass call the subclass with a bytes (for a
# bytearray subclass too), as CPython does; the class's result is returned as is.
class B1(bytearray):
    def __new__(cls, value):
        print("B1.__new__ got", type(value).__name__, value)
        me = super().__new__(cls, value)
        me.foo = "bar"
        return me

    def __init__(self, value):
        print("B1.__init__ got", type(value).__name__)
        super().__init__(value)


b = B1.fromhex("a0a1a2")
print(type(b).__name__, b, b.foo)


class S(bytes):
    def __new__(cls, value):
        print("S.__new__ got", type(value).__name__)
        return super().__new__(cls, value)


print(type(S.fromhex("41 42")).__name__, S.fromhex("41 42"))
print(type(bytearray.fromhex("4142")).__name__, type(bytes.fromhex("4142")).__name__)


class Odd(bytes):
    def __new__(cls, value):
        return 42


print(Odd.fromhex("00"))
try:
    B1.fromhex("zz")
except ValueError as e:
    print(e)
