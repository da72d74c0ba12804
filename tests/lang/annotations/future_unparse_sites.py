# Where `from __future__ import annotations` stores the unparsed text: parameters of
# every kind, returns, module and class AnnAssigns (not attribute/subscript targets or
# parenthesised names), methods, nested functions; yield, await and := are rejected in
# annotations; typing.get_type_hints and dataclasses still evaluate the strings.
from __future__ import annotations

import dataclasses
import typing
from typing import Dict, List, Optional


def f(a: List[ int ], /, b: 'a'+b = 1, *args: *Ts, c: Dict[str,int], d: lambda x: x = 2,
      **kw: Optional [ 'X' ]) -> -1 ** 2:
    pass


for k, v in f.__annotations__.items():
    print(k, repr(v))


async def g(x: await_ + 1) -> (yield_, 2):
    def inner(y: x if y else z) -> x[1:2, ...]:
        pass
    return inner


print(g.__annotations__)
print(g.__annotations__ is g.__annotations__)
lam = lambda q: q
print(lam.__annotations__)


class C:
    a: int
    b: 'str' = 'x'
    (c): List[int] = []
    d: __private
    e: 1e300 * 10

    def m(self, x: C.a | None) -> tuple[int, ...]:
        self.y: int = 1
        return x

    class Inner:
        z: {1: 2, **w}


print(C.__annotations__)
print(C.m.__annotations__)
print(C.Inner.__annotations__)
obj = {}
obj['k']: int = 5
C.attr: str = 'set'
print(__annotations__)
print(obj, C.attr)

for src in ['x: (yield)', 'x: (await y)', 'x: (y := 1)', 'def f(a: (yield)): pass',
            'def f() -> (yield from z): pass', 'class K:\n    x: (w := 2)']:
    try:
        compile('from __future__ import annotations\n' + src, 'case', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)


class Node:
    next: Optional[Node]
    items: List[int]

    def walk(self, depth: int = 0) -> Dict[str, Node]:
        return {}


print(typing.get_type_hints(Node))
print(typing.get_type_hints(Node.walk))


@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.0
    tags: List[str] = dataclasses.field(default_factory=list)
    cls_var: typing.ClassVar[int] = 3


print(Point(1), Point(1, 2.5, ['t']))
print([(fl.name, fl.type) for fl in dataclasses.fields(Point)])
print(Point.__annotations__)
