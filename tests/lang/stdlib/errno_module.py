import errno
import sys
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode))
print("errno" in sys.builtin_module_names, sys.modules["errno"] is errno)
print(sorted(k for k in dir(errno) if k.startswith("EN"))[:6])
import errno as again
print(again is errno, type(errno).__name__, errno.__name__)
try:
    errno.ENOTHING
except AttributeError as e:
    print(e)
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
