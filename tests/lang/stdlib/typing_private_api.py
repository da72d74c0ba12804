# The private names of typing that typing_extensions (and other libraries built on typing)
# subclass, read or patch: they must exist and behave as CPython 3.11's.
import typing
from typing import List, Generic, TypeVar, ParamSpec

try:
    class Bad(typing._Final):
        pass
except TypeError as e:
    print('subclass _Final:', e)


class Special(typing._Final, _root=True):
    pass


print(Special.__mro__[1] is typing._Final)


class MyAlias(typing._SpecialGenericAlias, _root=True):
    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, nparams, inst=inst, name=name)

    def __setattr__(self, attr, val):
        # as typing_extensions does: only dunders and a few names stay on the alias
        if attr.startswith('__') and attr.endswith('__') or attr in {'_name', '_inst', '_nparams'}:
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)


L = MyAlias(list, 1, name='L')
print(L[int], L.__origin__, isinstance([], L))
print(isinstance(List[int], typing._BaseGenericAlias), isinstance(List, typing._BaseGenericAlias))
print(sorted(typing.EXCLUDED_ATTRIBUTES))
print(typing._type_convert(None), typing._type_convert('int'), typing._type_convert(3))
P = ParamSpec('P')
print([typing._is_param_expr(a) for a in (..., (int,), [int], P, int)])
T = TypeVar('T')
S = TypeVar('S')


class G(Generic[T, S]):
    pass


for call in (lambda: typing._check_generic(G, (int,), 2), lambda: typing._check_generic(G, (), 0),
             lambda: typing._check_generic(G, (int, str, bytes), 2), lambda: G[int],
             lambda: G[int][str], lambda: List[int][str]):
    try:
        call()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
print(typing._check_generic(G, (int, str), 2))
