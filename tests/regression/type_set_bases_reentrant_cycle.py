# A metaclass whose mro() assigns __bases__ again while a class's MRO is being recomputed
# made an inheritance cycle through the solid-base chain (the cycle check looked only at
# the old MRO), and every later walk of that chain looped forever: test_descr's MroTest
# hung. The check now also walks the base chain, as CPython's type_set_bases does.
ready = [False]


class M(type):
    def mro(cls):
        if ready[0]:
            if cls.__name__ == 'B1':
                B2.__bases__ = (B1,)
            if cls.__name__ == 'B2':
                B1.__bases__ = (B2,)
        return type.mro(cls)


class A(metaclass=M):
    pass


class B1(A):
    pass


class B2(A):
    pass


ready[0] = True
try:
    B1.__bases__ += ()
except TypeError as e:
    print("TypeError", e)
ready[0] = False
print(B1.__bases__, B2.__bases__)
print(B1.__mro__, B2.__mro__)
print(issubclass(B1, B2), issubclass(B2, B1), issubclass(B1, A))

# a plain assignment that would close the cycle through the base chain
try:
    A.__bases__ = (B1,)
except TypeError as e:
    print("TypeError", e)


# mro() moving the class being reassigned somewhere else (the subclass lists stay right)
class M2(type):
    def mro(cls):
        if ready[0] and cls.__name__ == 'C':
            ready[0] = False
            C.__bases__ = (D2,)
        return type.mro(cls)


class R(metaclass=M2):
    pass


class D1(R):
    pass


class D2(R):
    pass


class C(R):
    pass


ready[0] = True
C.__bases__ = (D1,)
D1.__bases__ = (C,)
print(C.__bases__, D2.__subclasses__(), D1.__subclasses__())
print(D1.__bases__, C.__subclasses__())
print([k.__name__ for k in D1.__mro__])


# the same when the outer mro() fails after the inner assignment succeeded
class E(Exception):
    pass


class M3(type):
    def mro(cls):
        if ready[0] and cls.__name__ == 'C':
            if C.__bases__ == (D2,):
                ready[0] = False
            else:
                C.__bases__ = (D2,)
                raise E
        return type.mro(cls)


class R(metaclass=M3):
    pass


class D1(R):
    pass


class D2(R):
    pass


class C(R):
    pass


ready[0] = True
try:
    C.__bases__ = (D1,)
except E:
    print("E raised")
D1.__bases__ = (C,)
print(C.__bases__, C.__mro__ == tuple(type.mro(C)), D2.__subclasses__())
