def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
src = '''
assert x > 0, "x positive"
if __debug__:
    out.append("debug block")
out.append(__debug__)
def f():
    assert False, "in f"
    return "f ran"
out.append(f())
'''
for opt in (-1, 0, 1, 2):
    out = []
    try:
        exec(compile(src, "<opt>", "exec", optimize=opt), {"x": -1, "out": out})
    except AssertionError as e:
        out.append(("AssertionError", str(e)))
    print(opt, out)
ns = {}
exec("def g(a: int) -> str: pass", ns)
t(lambda: ns['g'].__annotations__)
t(lambda: bool(compile('x: int', 's', 'exec').co_flags & 0x1000000))
import __future__
t(lambda: bool(compile('x: int', 's', 'exec', __future__.annotations.compiler_flag).co_flags & 0x1000000))
code = compile('def h(a: int): pass', 's', 'exec', __future__.annotations.compiler_flag)
exec(code, ns)
t(lambda: ns['h'].__annotations__)
t(lambda: eval('__debug__'))
t(lambda: compile('1', 's', 'exec', 0x10 | 0x200) is not None)
# PyCF_ONLY_AST (0x400) asks for an AST: never answered with a code object
try:
    r = compile('1', 's', 'exec', 0x400)
    print('ONLY_AST gives code:', type(r).__name__ == 'code')
except NotImplementedError:
    print('ONLY_AST gives code:', False)
class Idx:
    def __index__(self): return 0x200
t(lambda: compile('1', 's', 'exec', Idx()) is not None)
t(lambda: compile('1', 's', 'exec', 2**40))
t(lambda: compile('1', 's', 'exec', 2**70))
t(lambda: compile('1', 's', 'exec', 1.0))
t(lambda: compile('1', 's', 'exec', dont_inherit=[]))
t(lambda: compile('x: int', 's', 'exec', dont_inherit=2).co_flags & 0x1000000)
t(lambda: compile('x: int', 's', 'exec', 0, 0).co_flags & 0x1000000)
t(lambda: compile('1', 's', 'exec', 0, False, 2**70))
