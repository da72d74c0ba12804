# Every ast node class's __doc__ (the ASDL signature CPython 3.11 shows: "Name(identifier id,
# expr_context ctx)", abstract classes listing their constructors), _fields, _attributes.
import ast
names = sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST))
for n in names:
    c = getattr(ast, n)
    print(n, repr(c.__doc__), c._fields, getattr(c, '_attributes', None))
print(ast.Name(id='x').ctx if hasattr(ast.Name(id='x'), 'ctx') else 'noctx', ast.Constant(1).kind, ast.arg('a').end_lineno)
