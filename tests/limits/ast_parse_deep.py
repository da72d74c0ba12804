# ast.parse of deep trees: a chain compile() accepts converts too (2,900 levels, under
# CPython's ~3x-recursion-limit bound), a far deeper one raises RecursionError, never
# overflows the C stack; the interpreter goes on.
import ast
for n in (900, 2900, 200000):
    try:
        t = ast.parse('1' + '+1' * n)
        depth, e = 0, t.body[0].value
        while isinstance(e, ast.BinOp):
            depth, e = depth + 1, e.left
        print(n, 'ok', depth)
    except RecursionError:
        print(n, 'RecursionError')
print(ast.dump(ast.parse('x + 1')))
