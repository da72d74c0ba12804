from __future__ import annotations, division, print_function, generator_stop, absolute_import, unicode_literals, with_statement, nested_scopes
import __future__
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: __future__.annotations); t(lambda: __future__.all_feature_names); t(lambda: __future__.division.getMandatoryRelease()); t(lambda: __future__.annotations.compiler_flag)
t(lambda: compile("from __future__ import braces", "<s>", "exec"))
t(lambda: compile("from __future__ import nonexistent", "<s>", "exec"))
t(lambda: compile("x = 1\nfrom __future__ import annotations", "<s>", "exec"))
t(lambda: compile('"doc"\nfrom __future__ import annotations\nx: int', "<s>", "exec") is not None)
t(lambda: exec("from __future__ import barry_as_FLUFL\nprint(1 <> 2)"))
t(lambda: eval("1 <> 2"))
def f(x: List[int]) -> Dict: pass
t(lambda: f.__annotations__)
ns = {}
exec(compile("def g(a: int): pass", "<s>", "exec", flags=__future__.annotations.compiler_flag), ns)
t(lambda: ns['g'].__annotations__)
exec(compile("def g(a: int): pass", "<s>", "exec", dont_inherit=True), ns)
t(lambda: ns['g'].__annotations__)
exec("def g(a: int): pass", ns)
t(lambda: ns['g'].__annotations__)
class C:
    a: 'x' = 1
    b: list[int]
t(lambda: C.__annotations__)
x: int
t(lambda: __annotations__)
t(lambda: 7 / 2)
import keyword
t(lambda: keyword.iskeyword('match')); t(lambda: keyword.issoftkeyword('match')); t(lambda: len(keyword.kwlist)); t(lambda: keyword.softkwlist)
t(lambda: __debug__)
t(lambda: compile("assert False", "<s>", "exec", optimize=2) is not None)
exec(compile("assert False, 'removed'", "<s>", "exec", optimize=1))
print("assert removed with optimize=1")
t(lambda: exec(compile("assert False, 'kept'", "<s>", "exec", optimize=0)))
t(lambda: exec(compile("if __debug__: print('debug on')\nelse: print('debug off')", "<s>", "exec", optimize=1)))
t(lambda: compile('1', 's', 'exec', 0x8)); t(lambda: compile('1', 's', 'exec', optimize=5)); t(lambda: compile('1', 's', 'exec', optimize='a')); t(lambda: compile('1', 's', 'exec', 1.5))
t(lambda: exec(compile('assert 0, "neg1"', 's', 'exec', optimize=-1)))
t(lambda: eval(compile('__debug__', 's', 'eval', optimize=2)))
t(lambda: bool(t.__code__.co_flags & 0x1000000))
t(lambda: bool(compile('x: int', 's', 'exec').co_flags & 0x1000000))
t(lambda: bool(compile('x: int', 's', 'exec', dont_inherit=True).co_flags & 0x1000000))
t(lambda: eval("(lambda a: int: 0)") if False else eval("(lambda: 0)")())
def fa():
    def inner(p: undefined_thing): pass
    return inner.__annotations__
t(fa)
