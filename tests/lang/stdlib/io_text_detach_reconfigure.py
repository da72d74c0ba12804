# not in the image: files
# io: text streams' detach() and reconfigure(), and the idioms that rewrap standard output.
import sys, io, os, tempfile
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
d = tempfile.mkdtemp()
p = os.path.join(d, 'd.txt')
f = open(p, 'w')
f.write('text\n')
b = f.detach()
print(type(b).__name__, b.mode)
show(f.write, 'x'); show(lambda: f.closed); show(f.flush); show(f.detach); show(f.read)
b.write(b'bytes\n')
b.close()
with open(p, 'rb') as g:
    print(g.read())
g = open(p, newline=None)
raw = g.detach()
print(raw.read())
raw.close()
show(g.__exit__, None, None, None)
w = io.TextIOWrapper(open(p, 'wb'), encoding='latin-1', newline='\r\n')
w.write('é\n'); w.close()
with open(p, 'rb') as g:
    print(g.read())
os.remove(p); os.rmdir(d)
out = io.TextIOWrapper(sys.stdout.buffer, encoding='ascii', errors='backslashreplace', line_buffering=True)
print('via stdout.buffer: é', file=out)
out.flush()
sys.stdout.reconfigure(encoding='ascii', errors='xmlcharrefreplace')
print('reconfigured: é ☃')
sys.stdout.reconfigure(encoding='utf-8', errors='strict')
print('back: é')
sys.stdout.flush()
new = io.TextIOWrapper(sys.stdout.detach(), encoding='utf-8')
sys.stdout = new
print('after detach: ✓')
show(sys.__stdout__.write, 'x')
