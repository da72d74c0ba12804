# compile() of a parsed tree with every field, then every position, replaced in turn by
# values of the wrong type: each compile raises CPython's error class (counted) or compiles,
# never crashes; the tree is intact afterwards.
import ast

P = dict(lineno=1, col_offset=0)

# every field of a parsed tree replaced by values of wrong types
src = '''
import os.path as p
from . import x
def f(a, /, b=1, *c, d, e=2, **g) -> int:
    global q
    for i in range(3):
        if i: continue
        else: break
    while a: pass
    with open(a) as h, b: pass
    try:
        raise ValueError from None
    except (KeyError, ValueError) as err:
        del err
    finally:
        return [y async for y in z if y] or {k: v for k, v in w} or (yield)
class C(B, metaclass=M):
    x: int = 3
    y += lambda *a, k=1: f'{a!r:>{k}}'
match m:
    case [1, *rest] | P(a, b=c, rest=rest) as d if d: pass
    case None: pass
assert a < b <= c, 'msg'
'''
# (None, lists and node objects in the wrong place crash CPython 3.11 itself or raise
# SystemError there; safepy raises TypeError / ValueError for them, see ast_compile_errors.py)
wrong = [0, 'x', 1.5, (1,)]
tree = ast.parse(src)
counts = {}
nodes = list(ast.walk(tree))
for node in nodes:
    for name in node._fields:
        old = getattr(node, name)
        for w in wrong:
            setattr(node, name, w)
            try:
                compile(tree, '<ast>', 'exec')
                r = 'compiled'
            except (TypeError, ValueError, SyntaxError, RecursionError) as e:
                r = type(e).__name__
            counts[r] = counts.get(r, 0) + 1
        setattr(node, name, old)
    for name in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if name not in node._attributes:
            continue
        old = getattr(node, name)
        for w in (None, -1, 10**6, 'x', 2**40):
            setattr(node, name, w)
            try:
                compile(tree, '<ast>', 'exec')
                r = 'compiled'
            except (TypeError, ValueError, SyntaxError, OverflowError) as e:
                r = type(e).__name__
            counts[r] = counts.get(r, 0) + 1
        setattr(node, name, old)
print(sorted(counts.items()))
# the tree is intact again and still runs
ns = {}
exec(compile(ast.parse('def f(n): return n * 2\nr = f(21)'), '<ast>', 'exec'), ns)
print(ns['r'])
