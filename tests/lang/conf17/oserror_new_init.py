# not in the image: files (open of a missing path)
# OSError subclasses: errno & co. parsed in __new__ unless the class leaves them to its own __init__ (CPython oserror_use_init); OSError.__init__ then does nothing
class E1(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
class E2(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
class E3(OSError):
    def __init__(self, *a):
        super().__init__(*a)
class E4(OSError):
    def __init__(self, *a):
        pass
class E5(OSError):
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__(*a)
class E6(FileNotFoundError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
ARGSETS = [(), (1,), (2, 'msg'), (2, 'msg', 'f'), (2, 'msg', 'f', None), (2, 'msg', 'f', None, 'g'), (2, 'msg', 'f', 5, 'g', 6)]
for E in (OSError, E1, E2, E3, E4, E5, E6):
    for a in ARGSETS:
        try:
            e = E(*a)
            print(E.__name__, len(a), type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))
        except Exception as x:
            print(E.__name__, len(a), 'raised', type(x).__name__, x)
print(type(OSError(2, 'x')).__name__, type(E2(2, 'x')).__name__)
import copy, pickle, errno
def show(tag, f):
    try:
        e = f()
        print(tag, type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e), getattr(e, 'characters_written', '-'))
    except Exception as x:
        print(tag, 'raised', type(x).__name__, x)
show('kw', lambda: OSError(1, x=2))
show('kw2', lambda: FileNotFoundError(1, 'a', x=2))
show('bio', lambda: BlockingIOError(11, 'x', 5))
show('bio2', lambda: BlockingIOError(11, 'x', 'f'))
show('map', lambda: OSError(errno.ENOENT, 'nf', 'p'))
show('map2', lambda: OSError(errno.EEXIST, 'ex'))
class A(OSError):
    def __init__(self, msg):
        super().__init__(errno.EPERM, msg, 'file')
show('A', lambda: A('denied'))
class B(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, 13, 'new')
show('B', lambda: B(2, 'init'))
class C(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(1, 'other')
show('C', lambda: C(2, 'init'))
class D(OSError):
    def __init__(self, *a, **k):
        super().__init__(*a)
        self.k = k
show('D', lambda: D(2, 'x', 'f', k=1))
show('copy', lambda: copy.copy(OSError(2, 'x', 'f')))
show('copyA', lambda: copy.deepcopy(FileNotFoundError(2, 'x', 'f', None, 'g')))
show('pickle', lambda: pickle.loads(pickle.dumps(OSError(2, 'x', 'f'))))
try:
    open('/nonexistent/zz')
except OSError as e:
    show('open', lambda: e)
e = OSError(2, 'x')
e.__init__(3, 'y', 'z')
show('reinit', lambda: e)
e = A('q')
e.__init__('r')
show('reinitA', lambda: e)
show('exc', lambda: OSError.__new__(OSError, 2, 'x', 'y'))
show('exc2', lambda: OSError.__new__(A, 2, 'x', 'y'))
