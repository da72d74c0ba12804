# compile(..., optimize=2) drops docstrings (functions, classes, modules) as -OO does;
# optimize=1 keeps them and drops asserts
import ast
src = '''"""module doc"""
def f():
    """doc"""
    debug_enabled = False
    if __debug__:
        debug_enabled = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, debug_enabled, __debug__)
    else:
        return (False, f.__doc__, debug_enabled, __debug__)
class C:
    """class doc"""
    def m(self):
        "m doc"
        return 1
async def g():
    """g doc"""
'''
for opt in (-1, 0, 1, 2):
    for code in (compile(src, "<t>", "exec", optimize=opt), compile(ast.parse(src), "<t>", "exec", optimize=opt)):
        ns = {}
        exec(code, ns)
        print(opt, ns['f'](), ns.get('__doc__'), ns['C'].__doc__, ns['C'].m.__doc__, ns['C']().m(), ns['g'].__doc__)
