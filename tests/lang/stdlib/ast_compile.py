# compile() of AST objects: a tree from ast.parse, or built by hand, compiles to code that
# runs exactly as the code compiled from the source.
import ast

SRC = '''
import math as m
from collections import OrderedDict
x: int = 3
def gen(n, *, step=1):
    """docstring"""
    i = 0
    while i < n:
        yield i
        i += step
class K(dict):
    attr = [a * 2 for a in range(3) if a]
    def __init__(self, **kw):
        super().__init__(**kw)
        self.total = sum(v for v in kw.values())
    def __repr__(self):
        return f"K({self.total!r:>5}|{self.total:{'<'}4d})"
def main():
    k = K(a=1, b=2)
    print(k, K.attr, list(gen(7, step=2)), gen.__doc__)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("caught", type(e).__name__)
    finally:
        print("finally")
    match k:
        case {"a": 1, **rest}:
            print("match", rest)
    print({*range(3)}, {i: i ** 2 for i in (1, 2)}, (y := 5), y, m.floor(2.5))
    print(lambda q=1, /, *r, s, **t: 0, sep="") if False else print("lambda")
    nonlocal_test()
    print(__name__ == "__main__", x, __annotations__)
def nonlocal_test():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    print("nonlocal", n)
main()
'''

def run(code):
    ns = {"__name__": "__main__"}
    exec(code, ns)
    return ns

print("-- from source")
run(compile(SRC, "<src>", "exec"))
print("-- from the tree")
run(compile(ast.parse(SRC), "<tree>", "exec"))

# eval and single modes
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))
exec(compile(ast.parse("40 + 2", mode="single"), "<i>", "single"))
print(type(compile(ast.Interactive(body=[]), "<i>", "single")).__name__)

# a tree built by hand, positions added by fix_missing_locations
tree = ast.Module(
    body=[
        ast.Assign(targets=[ast.Name("t", ast.Store())],
                   value=ast.Tuple([ast.Constant(1), ast.Constant("s"), ast.Constant(b"b"),
                                    ast.Constant(2.5), ast.Constant(1j), ast.Constant(None),
                                    ast.Constant(...), ast.Constant(True)], ast.Load())),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("t", ast.Load())], [])),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                          [ast.Constant((1, (2, "x"), frozenset({3}))),
                           ast.Constant(2 ** 100), ast.Constant(1 + 2j)],
                          [ast.keyword("sep", ast.Constant(" | "))])),
    ],
    type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, "<hand>", "exec"))

# positions reach tracebacks and code objects
tree = ast.parse("a = 1\n\nb = a / 0\n")
code = compile(tree, "<pos>", "exec")
try:
    exec(code)
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)
tree = ast.parse("def g():\n    return 1 / 0\n")
ast.increment_lineno(tree, 10)
ns = {}
exec(compile(tree, "<inc>", "exec"), ns)
print(ns["g"].__code__.co_firstlineno)
try:
    ns["g"]()
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_lineno)

# a docstring made by a tree; a function's constant defaults
tree = ast.parse('def f(a=(1, 2)):\n    "doc"\n    return a\n')
ns = {}
exec(compile(tree, "<doc>", "exec"), ns)
print(ns["f"].__doc__, ns["f"]())

# the tree is not changed by compiling it
tree = ast.parse("x = [1, 2]\ndel x")
before = ast.dump(tree, include_attributes=True)
compile(tree, "<same>", "exec")
print(ast.dump(tree, include_attributes=True) == before)

# compiler errors keep the tree's positions
for src in ["return 1", "break", "nonlocal q", "f(**a, *b)", "def f():\n  yield\n  return 1\nclass C:\n  await x"]:
    try:
        compile(ast.parse(src), "<err>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# optimize and flags reach the code
tree = ast.parse("assert False, 'boom'\nprint('after assert', __debug__)")
exec(compile(tree, "<opt>", "exec", optimize=1))
print(compile(tree, "<ast>", "exec", ast.PyCF_ONLY_AST) is tree)
