# ast.parse + ast.dump of many constructs (decorators, async, match, except*, f-strings, walrus, imports): fields, positions (include_attributes), indent, annotate_fields
import ast
from mod_ast_sample import SRC as src
t = ast.parse(src)
print(ast.dump(t))
print(ast.dump(t, include_attributes=True, indent=2))
print(ast.dump(t, annotate_fields=False, indent='\t'))
print(ast.dump(ast.parse('x', mode='eval')), ast.dump(ast.parse('x=1', mode='single')))
# constants: real values and the 'u' kind; positions are UTF-8 byte offsets
for s in ["10**100 and 0x_ff", "1.5e3 + .5j + 1_0.", "b'\\x00' + u'é' + 'x' 'y'", "...", "None, True, False", "é = 'ü'; 'ab'.x"]:
    print(ast.dump(ast.parse(s), include_attributes=True))
# f-strings: nested specs, conversions, debug '='
for s in ["f'{a}{b!s:{c}.{d}}'", "f'''x{y!a}\n{z=!r:>10}'''", "f'{{}}' f'{1+1}'"]:
    print(ast.dump(ast.parse(s, mode='eval'), indent=1))
# type_comments and feature_version are accepted (no type comments here)
print(ast.dump(ast.parse('def f(x): return x', type_comments=True, feature_version=(3, 8))))
print(ast.dump(ast.parse('x = 1', feature_version=10)))
# a syntax error is compile()'s
for bad in ['x = (', 'def f(:', 'a b', '\tx\n  y']:
    try: ast.parse(bad, '<bad>')
    except SyntaxError as e: print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename)
# parse does not run the symbol table or code generation: these are trees
for s in ['return 1', 'nonlocal x', 'def f(a, a): pass', 'break', 'yield x', 'await y']:
    print(ast.dump(ast.parse(s)))
