# not in the image: files
# io: TextIOWrapper.reconfigure of files and standard output (encoding, errors, newline, line
# buffering, argument errors, refused after the first read).
import sys, io, os, tempfile
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
show(sys.stdout.reconfigure, encoding='utf-8')
print('é', sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
show(sys.stdout.reconfigure, errors='replace'); print(sys.stdout.encoding, sys.stdout.errors)
show(sys.stdout.reconfigure, encoding='ascii'); print(sys.stdout.encoding, sys.stdout.errors)
show(print, 'é')
show(sys.stdout.reconfigure, encoding='ascii', errors='backslashreplace'); print('é☃')
show(sys.stdout.reconfigure, encoding='latin-1', errors='strict'); print('é')
sys.stdout.flush()
show(sys.stdout.reconfigure, encoding=5)
show(sys.stdout.reconfigure, encoding='nope')
show(sys.stdout.reconfigure, newline='x')
show(sys.stdout.reconfigure, line_buffering=True); print(sys.stdout.line_buffering)
show(sys.stdout.reconfigure, 'utf-8')
show(sys.stdout.reconfigure, encoding='utf-8', errors='strict', newline='\n', line_buffering=False, write_through=False)
print(sys.stdout.encoding, sys.stdout.errors)
d = tempfile.mkdtemp(); p = os.path.join(d, 'r.txt')
with open(p, 'w') as f:
    f.reconfigure(newline='\r\n'); f.write('a\nb\n')
    f.reconfigure(encoding='latin-1'); f.write('é\n')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='latin-1') as f:
    print(repr(f.readline()))
    show(f.reconfigure, encoding='utf-8')
    show(f.reconfigure, newline='')
    show(f.reconfigure, errors='ignore')
    print(f.errors, f.encoding)
f = open(p); f.close(); show(f.reconfigure, encoding='utf-8')
show(io.StringIO().reconfigure if hasattr(io.StringIO(), 'reconfigure') else print, 'no reconfigure on StringIO')
os.remove(p); os.rmdir(d)
