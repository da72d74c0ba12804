# OSError(errno, strerror) picks PEP 3151's subclass for every errno of the map (only
# EPERM/ENOENT/EEXIST/EACCES/EISDIR/ENOTDIR/ETIMEDOUT did: EAGAIN, EPIPE, ECONNRESET...
# made a plain OSError; test_exception_hierarchy's test_errno_mapping).
import errno
for name in sorted(errno.errorcode.values()):
    e = OSError(getattr(errno, name), 'msg')
    if type(e) is not OSError:
        print(name, type(e).__name__, e.errno, e)
print(type(OSError(errno.EAGAIN, 'x', 'f')).__name__, type(OSError(11)).__name__)
class Sub(OSError): pass
print(type(Sub(errno.EPIPE, 'x')).__name__)
for n in (10**20, -1, 0):
    print(type(OSError(n, 'x')).__name__)
