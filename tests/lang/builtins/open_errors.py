# open() failures: missing files, directories, bad modes and arguments; closed files.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    open('/tmp/safepy_no_such_dir/missing.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
    print(isinstance(e, OSError), str(e))
try:
    open('/tmp')
except OSError as e:
    print(type(e).__name__, e.errno, e)
p = '/tmp/safepy_test_open_errors.txt'
with open(p, 'w') as f:
    f.write('data')
for mode in ['z', 'rw', 'rr', 'bt', 'b', '', 'U', 'r+b', 'xb', 'rt', 'r+']:
    show('mode ' + repr(mode), lambda: open(p, mode).close())
show('bad path type', lambda: open(3.5))
show('null in path', lambda: open('a\0b'))
show('binary encoding', lambda: open(p, 'rb', encoding='utf-8'))
show('binary errors', lambda: open(p, 'rb', errors='strict'))
show('binary newline', lambda: open(p, 'rb', newline=''))
show('unknown encoding', lambda: open(p, 'r', encoding='klingon'))
show('bad newline', lambda: open(p, 'r', newline='x'))
show('mode type', lambda: open(p, 5))
show('encoding type', lambda: open(p, 'r', encoding=5))
show('no args', lambda: open())
show('exists x', lambda: open(p, 'x'))
f = open(p)
f.close()
f.close()
show('read closed', lambda: f.read())
show('iterate closed', lambda: list(f))
show('with closed', lambda: f.__enter__())
show('closed attrs', lambda: (f.closed, f.name == p, f.mode))
g = open(p, 'w')
show('read write-only', lambda: g.read())
g.close()
h = open(p)
show('write read-only', lambda: h.write('x'))
try:
    h.write('x')
except OSError as e:
    print('is OSError', isinstance(e, ValueError), type(e).__name__)
h.close()
