# compile() in exec/eval/single mode, its filename, and argument errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

c = compile('x = 1', 'myfile', 'exec')
print(type(c).__name__, c.co_filename)
ns = {}
exec(c, ns)
print(ns['x'])
e = compile('40 + 2', '<expr>', 'eval')
print(eval(e))
s = compile('print("single", 1 + 1)', '<s>', 'single')
exec(s)
show('bad mode', lambda: compile('1', 'f', 'x'))
show('mode type', lambda: compile('1', 'f', 5))
show('filename type', lambda: compile('1', 5, 'eval'))
show('source type', lambda: compile(1, 'f', 'eval'))
show('null byte', lambda: compile('1\0', 'f', 'eval'))
show('syntax error', lambda: compile('1 +', 'f', 'eval'))
show('eval of stmt', lambda: compile('x = 1', 'f', 'eval'))
show('bytes source', lambda: eval(compile(b'7', 'f', 'eval')))
show('missing args', lambda: compile('1'))
try:
    compile('a b', 'named.py', 'exec')
except SyntaxError as err:
    print(err.filename, err.lineno, err.msg)
