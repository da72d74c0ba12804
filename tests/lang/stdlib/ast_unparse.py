# ast.unparse: the text CPython 3.11 writes for parsed trees (precedence and parentheses,
# f-strings and quote choice, docstrings, numbers, every statement kind) and for trees
# built by hand; each parsed sample must also parse back to the same tree.
import ast

SAMPLES = [
    # precedence and parentheses
    "a or b or c and d", "(a or b) and c", "not (a and b)", "not a and not b",
    "-x ** 2", "(-x) ** 2", "x ** -y", "(x ** y) ** z", "x ** y ** z",
    "a - (b - c)", "(a - b) - c", "a * (b + c) / d % e // f @ g",
    "a << b >> c", "a | b ^ c & d", "(a | b) ^ (c & d)", "~(a + b)", "+a - -b",
    "a < b <= c == d != e > f >= g is h is not i in j not in k",
    "(a < b) < c", "a < (b < c)", "(not a) == b", "not a == b",
    "x if y else z", "(x if y else z) if w else v", "x if (y if z else w) else v",
    "lambda: 0", "lambda x, /, y=1, *a, z, w=2, **k: x", "(lambda: 1)()",
    "f(lambda x: x)", "x = lambda *, k: k", "(yield)", "x = yield y",
    "await x", "(await x) ** 2", "(a := 1)", "f(a := 1)", "[y := f(x), y ** 2]",
    "x[a:b:c]", "x[::2]", "x[a, b:c]", "x[()]", "x[(a, b)]", "x[*a]",
    "a.b.c(d)[e]", "(a + b).c", "1 .real", "1.5.real", "True .real", "(1).bit_length()",
    "f(*args, **kwargs)", "f(a, *b, c=d, **e)", "f(x for x in y)", "f((x for x in y), 1)",
    "(a, b) = c, d", "a, = b", "() = []", "[a, *b] = c", "x = (1,)", "x = ()",
    "for (a, b) in c: pass", "for a, *b in c: pass",
    "{**a, 'b': 1, **{'c': 2}}", "{*a, *b}", "set()", "{1, 2}", "{}",
    "[x for x in y if x if not x]", "{k: v for k, v in z}", "{x async for x in y}",
    "[x for x in (y if z else w)]", "[x for x in (lambda: y)]", "[(a, b) for a, b in c]",
    "x = *a, *b", "print(*(a or b))", "del a, b[0], c.d", "assert x, 'msg'",
    "a if b else lambda: c", "(a, b)[0]", "(yield from x)", "x = await y",
    # f-strings
    "f'{x}'", "f'{x!r}'", "f'{x!s:>10}'", "f'{x:{width}.{prec}}'", "f'{x=}'",
    "f'{x = !r:^20}'", "f'a{{b}}c'", "f\"{'a'}\"", "f'{\"a\"}'", "f'''{\"a\" + 'b'}'''",
    "f'{x}\\n'", "f'\\t{x}'", "f'{ {1: 2}[1] }'", "f'{(lambda: 1)()}'", "f'{a if b else c}'",
    "f'{x:{\"a\"}}'", "f'{f\"{x}\"}'", "f'{3.14:.2f}' f'{y}'", "'a' f'{b}' 'c'",
    "f'{x!a}'", "f''", "f'{yield}'",
    # strings and numbers
    "'a'", "\"'\"", "'\"'", "'\\'\"'", "'''a\\nb'''", "'\\x00\\x7f'", "'\\\\'",
    "'é∂\\u2028'", "b'\\x00a\\''", "u'x'", "r'\\d'", "'a' 'b'",
    "1e400", "-1e400", "1e400j", "1 + 2j", "0x10", "1_000", "0.1", "10 ** 100",
    "(1, 'a', b'c')", "...", "x[...]", "None, True, False",
    # statements
    "import a, b.c as d", "from . import x", "from ..a import b as c, d", "from a import *",
    "global a, b", "x: int", "x: int = 1", "(x): int = 1", "x.y: int", "x[0]: int = 2",
    "x += 1", "x **= 2", "x //= y", "x @= y", "a = b = c",
    "raise", "raise E", "raise E from e", "return", "pass; break; continue",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y",
    "if a:\n    pass\nelse:\n    if b:\n        pass\n    x = 1",
    "while x:\n    break\nelse:\n    pass",
    "for x in y:\n    continue\nelse:\n    pass",
    "async def f():\n    async for x in y:\n        pass\n    async with a as b, c:\n        pass\n    await z",
    "with a as (b, c), d:\n    pass",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass\nexcept* (F, G) as g:\n    pass",
    "try:\n    try:\n        pass\n    except* A:\n        pass\nexcept B:\n    pass",
    "@dec\n@dec2(1)\ndef f(a: int = 1, *args: str, b: 'x' = None, **kw: dict) -> None:\n    '''doc'''\n    pass",
    "class C(A, B, metaclass=M, **kw):\n    'doc \"quoted\"'\n    x = 1\n    def m(self): return self",
    "class C:\n    pass\nclass D():\n    pass",
    "def f():\n    '''a\n    b'''",
    "def f():\n    'ends with quote\"'",
    "def f():\n    \"it's and \\\"\\\"\\\" and '''\"",
    "def f():\n    '\\\\n backslash'",
    "def f():\n    x = 1\n    'not a docstring'",
    "'''module doc'''\nimport os",
    "def f(a, b, /, c, *, d): pass", "def f(a=1, /, b=2): pass", "def f(*, a): pass",
    "def f(**k): pass", "def f(a, /): pass",
    "match x:\n    case 1 | 2:\n        pass\n    case [a, *rest] if a > 0:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(1, y=2) | Point(x=3):\n        pass\n    case (a as b) | c:\n        pass\n    case [1, 2 as two, *_]:\n        pass\n    case None | True | -1 | 1.5 | 2 + 3j:\n        pass\n    case {}:\n        pass\n    case _:\n        pass",
    "match (a, b):\n    case (x, y) as z:\n        pass\n    case a.b.c:\n        pass\n    case str() | bytes():\n        pass",
    "nonlocal_free = 1\ndef f():\n    def g():\n        nonlocal x\n    x = 1",
]

for src in SAMPLES:
    tree = ast.parse(src)
    text = ast.unparse(tree)
    same = ast.dump(ast.parse(text)) == ast.dump(tree)
    print(repr(src))
    print(text)
    print('round trip:', same)

# expressions built by hand (no source could write them)
Load = ast.Load()
BUILT = [
    ast.Constant(float('inf')), ast.Constant(-float('inf')), ast.Constant(float('nan')),
    ast.Constant(complex(float('inf'), 1)), ast.Constant((1, 'a', (2.5,))),
    ast.Constant((1,)), ast.Constant(()), ast.Constant(frozenset()),
    ast.Constant('x', kind='u'), ast.Set([]),
    ast.Tuple([], Load), ast.Tuple([ast.Name('a', Load)], Load),
    ast.BinOp(ast.Tuple([ast.Name('a', Load)], Load), ast.Add(), ast.Name('b', Load)),
    ast.UnaryOp(ast.Not(), ast.UnaryOp(ast.USub(), ast.Name('x', Load))),
    ast.BinOp(ast.BinOp(ast.Name('a', Load), ast.Pow(), ast.Name('b', Load)), ast.Pow(),
              ast.Name('c', Load)),
    ast.Starred(ast.BinOp(ast.Name('a', Load), ast.Add(), ast.Name('b', Load)), Load),
    ast.Subscript(ast.Name('x', Load), ast.Tuple([], Load), Load),
    ast.FormattedValue(ast.Name('x', Load), -1, None),
    ast.JoinedStr([ast.Constant('line\n'), ast.FormattedValue(ast.Name('x', Load), 114, None)]),
    ast.JoinedStr([ast.FormattedValue(ast.Dict([ast.Constant(1)], [ast.Constant(2)]), -1, None)]),
    ast.JoinedStr([ast.FormattedValue(ast.Constant('\'"'), -1, None)]),
    ast.JoinedStr([ast.Constant('\'"\'\'\'"""')]),
    ast.Name('x', Load), ast.Add(), [ast.Pass(), ast.Break()],
    ast.Expression(ast.Name('e', Load)),
    ast.Module([ast.Expr(ast.Constant('doc with \'\'\' and """'))], []),
    ast.Module([ast.Expr(ast.Constant('\x00 control'))], []),
    ast.MatchAs(ast.MatchValue(ast.Constant(1)), None),
    ast.MatchStar(None), ast.MatchSingleton(None),
    ast.Await(None), ast.Yield(None),
]
for node in BUILT:
    print(repr(ast.unparse(node)))

# faults: the same exceptions as CPython
BAD = [
    ast.YieldFrom(None),
    ast.Raise(None, ast.Name('c', Load)),
    ast.JoinedStr([ast.Name('x', Load)]),
    ast.JoinedStr([ast.FormattedValue(ast.Constant('\n'), -1, None)]),
    ast.MatchMapping([ast.Constant(1)], [], None),
]
for node in BAD:
    try:
        print(repr(ast.unparse(node)))
    except Exception as e:
        print(type(e).__name__, str(e).split(' <')[0])

# type comments (set by hand: parse()'s type_comments=True is not what is tested here)
# and type: ignore lines are written back
tree = ast.parse('def f(a):\n    x = 1\nfor a in b:\n    pass\nwith c as d:\n    pass\n'
                 'async def g():\n    async for a in b:\n        pass\ny = 2\n')
f, for_, with_, g, y = tree.body
f.type_comment = '(int) -> None'
f.body[0].type_comment = 'int'
for_.type_comment = 'str'
with_.type_comment = 'int'
g.body[0].type_comment = 'bytes'
tree.type_ignores = [ast.TypeIgnore(10, '[x]'), ast.TypeIgnore(3, '')]
print(ast.unparse(tree))
