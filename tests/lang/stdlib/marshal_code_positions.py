# Position tables of marshalled code (code.c "Position table", marshal_dump.c w_code):
# tracebacks (lines and carets), f_lineno and generator lines of code that went through
# marshal.dumps/loads are those of the source: line steps forward, backward (loops) and
# far (a gap of 300 lines), multi-line expressions, columns past 127 and 255, long runs of
# instructions sharing one position.
import linecache
import marshal
import sys

body = '''
def run(fn, *args):
    import traceback
    try:
        fn(*args)
    except Exception:
        print(traceback.format_exc())
def f(a):
    return (a +
        1/0)
def loop(n):
    t = 0
    for i in range(n):
        t += 10 // (2 - i)
    return t
def wide():
    return ''' + "1 + " * 70 + '''(lambda: [][0])()
def where():
    return sys._getframe().f_lineno
def gen():
    yield 1
    yield 2
class CM:
    def __enter__(self): return self
    def __exit__(self, *exc): return None
''' + "\n" * 300 + '''def far(d):
    with CM() as c, CM():
        pass
    return d[
        'missing'
    ]
'''
linecache.cache['<gen>'] = (len(body), None, body.splitlines(True), '<gen>')
code = compile(body, '<gen>', 'exec')
back = marshal.loads(marshal.dumps(code))
print(type(back).__name__, back.co_filename)
ns = {'sys': sys}
exec(back, ns)
run = ns['run']
run(ns['f'], 1)
run(ns['loop'], 5)
run(ns['wide'])
run(ns['far'], {})
print(ns['where']())
g = ns['gen']()
print(g.gi_frame.f_lineno, next(g), g.gi_frame.f_lineno, next(g), g.gi_frame.f_lineno)
