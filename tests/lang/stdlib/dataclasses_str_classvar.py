# String annotations naming ClassVar, InitVar or KW_ONLY are recognised as CPython does,
# without evaluating them: the leading name (after an optional 'module.') is looked up in
# the class's module, so 'ClassVar [int]' and 'typing . ClassVar[str]' are class
# variables while 't.ClassVar' (t not the typing module) and 'CV' (an alias) are fields.
import dataclasses
import typing
from dataclasses import dataclass, InitVar, KW_ONLY
from typing import ClassVar

CV = ClassVar
t = object()

for ann in ('ClassVar[int]', 'ClassVar [int]', ' ClassVar [int]', 'ClassVar', ' ClassVar ',
            'typing.ClassVar[int]', ' typing.ClassVar[str]', 'typing .ClassVar[str]',
            'typing. ClassVar[str]', 'typing.ClassVar [ str]', 'typing.ClassVar.[int]',
            'typing.ClassVar+', 'CV', 't.ClassVar', 't.ClassVar[int]', 'typing..ClassVar[int]',
            'Classvar', 'typing.ClassVarx[int]', 'typong.ClassVar[int]',
            'dataclasses.ClassVar[int]', 'typing.Final[int]', '[ClassVar]', ''):
    C = dataclass(type('C', (), {'__annotations__': {'x': ann}, '__module__': __name__}))
    print(repr(ann), [f.name for f in dataclasses.fields(C)])

for ann in ('InitVar[int]', 'InitVar', ' InitVar [str]', 'dataclasses.InitVar[str]',
            'dataclasses .InitVar', 'typing.InitVar[int]', 'initvar[int]'):
    C = dataclass(type('C', (), {'__annotations__': {'x': ann}, '__module__': __name__}))
    print(repr(ann), [f.name for f in dataclasses.fields(C)],
          [f._field_type.name for f in C.__dataclass_fields__.values()])

for ann in ('KW_ONLY', 'dataclasses.KW_ONLY', ' KW_ONLY ', 'typing.KW_ONLY'):
    try:
        C = dataclass(type('C', (), {'__annotations__': {'a': int, '_': ann, 'b': int},
                                     '__module__': __name__}))
        print(repr(ann), [(f.name, f.kw_only) for f in dataclasses.fields(C)])
    except TypeError as e:
        print(repr(ann), e)
