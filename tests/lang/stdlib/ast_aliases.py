# The deprecated ast classes CPython 3.11 keeps: Num/Str/Bytes/NameConstant/Ellipsis make
# Constant nodes and test a Constant's value type, Constant.n/.s, Index/ExtSlice, Tuple.dims,
# the unused Suite/Param/AugLoad/AugStore, NodeVisitor's deprecated visit_Num fallback
# (DeprecationWarning), ast._Precedence; AST.__new__ ignores its arguments.
import ast, enum, warnings
print(ast._Precedence.ATOM, ast._Precedence.BOR, ast._Precedence.TEST.next(), ast._Precedence.ATOM.next(), list(ast._Precedence)[:3])
print(ast._Precedence.__doc__)
try: ast._nothing
except AttributeError as e: print(e)
for v in [1, 1.5, 2j, True, None, 'a', b'b', ..., (1,), frozenset()]:
    c = ast.Constant(v)
    print(repr(v), [k.__name__ for k in (ast.Num, ast.Str, ast.Bytes, ast.NameConstant, ast.Ellipsis) if isinstance(c, k)])
print(isinstance(3, ast.Num), isinstance(ast.Name('x'), ast.Num))
n = ast.Num(42)
print(type(n).__name__, n.n, n.value, ast.dump(n))
n.n = 5; print(n.value, n.s)
print(ast.dump(ast.Str('x')), ast.dump(ast.Str(s='y')), ast.dump(ast.Bytes(b'z')), ast.dump(ast.NameConstant(True)))
print(ast.dump(ast.Num(n=3)), ast.dump(ast.Ellipsis()), ast.dump(ast.Num(1, kind='u')))
try: ast.Num(1, n=2)
except TypeError as e: print(e)
class MyNum(ast.Num): pass
m = MyNum(7)
print(type(m).__name__, m.value, isinstance(m, ast.Num), isinstance(m, MyNum), isinstance(ast.Num(7), MyNum))
print(ast.Num.__doc__, ast.Str.__doc__)
print(ast.Index(ast.Name('i')).__class__.__name__)
e = ast.ExtSlice([ast.Name('a'), ast.Slice()])
print(ast.dump(e), e.dims is e.elts)
e.dims = []; print(e.elts)
print(ast.dump(ast.ExtSlice()))
print(issubclass(ast.Suite, ast.mod), issubclass(ast.Param, ast.expr_context), ast.AugLoad.__doc__, ast.Index.__doc__, ast.slice.__doc__)
print(issubclass(ast.Index, ast.slice), issubclass(ast.Index, ast.AST))
class V(ast.NodeVisitor):
    def visit_Num(self, node): print('Num', node.n)
    def visit_Str(self, node): print('Str', node.s)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    V().visit(ast.parse('f(1, "a", True, b"x", ...)'))
    print([(str(x.message), x.category.__name__) for x in w])
print(ast.unparse(ast.Num(3)), ast.unparse(ast.Str('q')))
class Node(ast.AST):
    _fields = ('a',)
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)
print(ast.dump(Node(1)), ast.dump(Node(a=2)))
for args in [(1,), (), ]:
    try:
        print(ast.dump(ast.AST(*args)))
    except TypeError as e:
        print('TypeError', e)
try:
    ast.Name('x', ast.Load(), 3)
except TypeError as e:
    print('TypeError', e)
