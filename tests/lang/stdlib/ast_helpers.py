# ast helpers: walk, get_docstring, get_source_segment, iter_fields, NodeVisitor, NodeTransformer (replace/remove/splice), fix_missing_locations, copy_location, increment_lineno, dump errors, deepcopy and pickle of trees
import ast
from mod_ast_sample import SRC as src
t = ast.parse(src)
print(ast.get_docstring(t.body[0]), ast.get_docstring(t), repr(ast.get_docstring(t.body[0], clean=False)))
for n in ast.walk(t):
    if isinstance(n, ast.Name): print(n.id, ast.get_source_segment(src, n), end=' ')
print()
print(ast.get_source_segment(src, t.body[1], padded=True))
print(ast.get_source_segment(src, t.body[0].body[1].body[0], padded=True))
print(sorted(name for name, _ in ast.iter_fields(t.body[0])))
class V(ast.NodeVisitor):
    def __init__(self): self.names = []
    def visit_Name(self, node): self.names.append(node.id); self.generic_visit(node)
v = V(); v.visit(t); print(v.names)
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int): return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_Pass(self, node): return None
    def visit_Global(self, node): return [ast.Pass(), ast.Pass()]
t2 = T().visit(ast.parse(src))
print(ast.dump(ast.fix_missing_locations(t2), include_attributes=True))
print(ast.dump(ast.increment_lineno(ast.parse('a = 1\nb'), 3), include_attributes=True))
m = ast.Module(body=[ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name('x', ast.Load())))], type_ignores=[])
print(ast.dump(ast.fix_missing_locations(m), include_attributes=True))
print(ast.dump(ast.Name()), ast.dump(ast.Constant(1, 'u')), ast.dump(ast.Constant(None)), ast.dump(ast.Raise()), ast.dump(ast.Name('a')))
try: ast.dump(1)
except TypeError as e: print(e)
try: ast.get_docstring(ast.Name())
except TypeError as e: print(e)
import copy, pickle
c = copy.deepcopy(t.body[0]); print(ast.dump(c) == ast.dump(t.body[0]), c is not t.body[0])
p = pickle.loads(pickle.dumps(t)); print(ast.dump(p, include_attributes=True) == ast.dump(t, include_attributes=True))
