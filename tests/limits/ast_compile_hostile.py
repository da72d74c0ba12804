# compile() of hostile AST objects: cycles, very deep nesting, huge lists. Each must raise
# (or compile), never crash or hang. (Wrong types in every field: tests/torture/
# ast_compile_wrong_fields.py.)
import ast

P = dict(lineno=1, col_offset=0)

def attempt(label, tree, mode='exec'):
    try:
        code = compile(tree, '<ast>', mode)
    except (TypeError, ValueError, RecursionError, SyntaxError, OverflowError,
            RuntimeError, SystemError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'compiled')

# a list that contains itself
a = ast.List(elts=[], ctx=ast.Load(), **P)
a.elts.append(a)
attempt('list cycle', ast.Expression(a), 'eval')
# a BinOp whose operand is itself
b = ast.BinOp(left=None, op=ast.Add(), right=ast.Constant(1, **P), **P)
b.left = b
attempt('binop cycle', ast.Expression(b), 'eval')
# a statement body holding its own If
s = ast.If(test=ast.Constant(1, **P), body=[], orelse=[], **P)
s.body.append(s)
attempt('if cycle', ast.Module([s], []))

# 30,000 nested unary minus
e = ast.Constant(1, **P)
for i in range(30000):
    e = ast.UnaryOp(ast.USub(), e, **P)
attempt('deep unary', ast.Expression(e), 'eval')
# 30,000 nested If statements
st = ast.Pass(**P)
for i in range(30000):
    st = ast.If(ast.Constant(1, **P), [st], [], **P)
attempt('deep if', ast.Module([st], []))
# moderately deep: compiles and runs as the source does
e = ast.Constant(1, **P)
for i in range(200):
    e = ast.BinOp(e, ast.Add(), ast.Constant(1, **P), **P)
print('sum', eval(compile(ast.Expression(e), '<ast>', 'eval')))

# a huge flat list
big = ast.List([ast.Constant(i, **P) for i in range(50000)], ast.Load(), **P)
print('big', len(eval(compile(ast.Expression(big), '<ast>', 'eval'))))
big_body = [ast.Expr(ast.Constant(i, **P), **P) for i in range(20000)]
attempt('big body', ast.Module(big_body, []))

