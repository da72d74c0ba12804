# _ast: the class hierarchy, _fields/_attributes/__match_args__, None class defaults of optional fields, the constructor's errors, __reduce__, the PyCF flags, shared Load()
import ast, _ast
names = sorted(n for n in dir(_ast) if n[0] != '_' and isinstance(getattr(_ast, n), type))
print(len(names))
for n in names:
    c = getattr(ast, n)
    print(n, c.__bases__[0].__name__, c._fields, c._attributes, c.__match_args__, sorted(k for k, v in vars(c).items() if v is None and k[0] != '_'), c.__module__)
print([(k, getattr(_ast, k)) for k in dir(_ast) if k.startswith('PyCF')])
for f in [lambda: ast.AST(1), lambda: ast.Name(1, 2, 3), lambda: ast.Return(1, 2), lambda: ast.Name('x', id='y'), lambda: ast.Name().id, lambda: ast.Load(1)]:
    try: f()
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
n = ast.Name('x', ctx=ast.Load(), other=5)
print(n.id, n.other, type(n.ctx).__name__, n.__reduce__()[0], n.__reduce__()[2]['id'])
class C(ast.AST): _fields = ('a', 'b')
c = C(1, b=2); print(c.a, c.b, isinstance(c, ast.AST), ast.dump(c))
t1, t2 = ast.parse('a + b'), ast.parse('c - d[e]')
print(t1.body[0].value.left.ctx is t2.body[0].value.right.value.ctx, t1.body[0].value.op is ast.parse('x+y').body[0].value.op)
print(compile(t1, '<t>', 'exec', ast.PyCF_ONLY_AST) is t1)
match t2.body[0].value:
    case ast.BinOp(ast.Name(id), ast.Sub(), ast.Subscript(value=ast.Name(v))): print('matched', id, v)
