# code.replace(): a copy with new names, file, line or tables, checked by the verifier
# (jinja2 renames template code objects this way for its tracebacks).
def f(a, b=2):
    return a + b
c = f.__code__
c2 = c.replace(co_name='g', co_filename='other.py', co_qualname='Q.g', co_firstlineno=40)
print(c2.co_name, c2.co_filename, c2.co_qualname, c2.co_firstlineno, c2.co_argcount, c.co_name)
f.__code__ = c2
print(f(1), f.__code__ is c2, c2 == c2)
try:
    c.replace(co_name=5)
except TypeError as e:
    print('TypeError', e)
try:
    c.replace(bogus=1)
except TypeError as e:
    print('TypeError', e)
try:
    c.replace('x')
except TypeError as e:
    print('TypeError', type(e).__name__)
code = compile('\n' * 4 + 'raise ValueError("at line 5")', 'tmpl.html', 'exec')
code = code.replace(co_name='template')
try:
    exec(code, {})
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_code.co_filename)
c3 = c.replace(co_consts=c.co_consts, co_names=c.co_names, co_varnames=c.co_varnames)
print(c3.co_varnames, c3.co_nlocals)
def h():
    return 'x'
print(h.__code__.replace(co_consts=tuple('y' if k == 'x' else k for k in h.__code__.co_consts)).co_consts[-1])


# parameters captured by an inner function live in cells filled from the arguments: a
# copy with its tables replaced (even by equal ones) keeps filling them
def outer(a, *rest, k=0, **kw):
    def inner():
        return a, rest, k, kw
    return inner


oc = outer.__code__
for change in (dict(co_cellvars=oc.co_cellvars), dict(co_varnames=oc.co_varnames),
               dict(co_flags=oc.co_flags), dict(co_argcount=oc.co_argcount),
               dict(co_kwonlyargcount=oc.co_kwonlyargcount), dict(co_name='renamed')):
    outer.__code__ = oc.replace(**change)
    print(sorted(change), outer(1, 2, 3, k=4, z=5)())
outer.__code__ = oc
