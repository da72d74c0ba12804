# __int__ / __float__ returning an instance of a strict subclass of int / float is
# accepted with CPython 3.11's DeprecationWarning; a non-int / non-float is a TypeError.
import warnings


class F(float):
    pass


class IntSubRet:
    def __int__(self):
        return True


class FloatSubRet:
    def __float__(self):
        return F(2.5)


class IntRet:
    def __int__(self):
        return 3


class BadInt:
    def __int__(self):
        return 'x'


class BadFloat:
    def __float__(self):
        return 1


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(int(IntSubRet()), float(FloatSubRet()), int(IntRet()))
    for rec in w:
        print(rec.category.__name__, rec.message)
for call in [lambda: int(BadInt()), lambda: float(BadFloat())]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        int(IntSubRet())
    except DeprecationWarning as e:
        print('raised', type(e).__name__)
