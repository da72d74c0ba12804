import faulthandler, sys, io, os, tempfile
# The dumps go to a temporary file's descriptor, read back with this directory
# stripped so the expected output holds no absolute path.
here = os.path.dirname(os.path.abspath(__file__)) + os.sep
tmp = tempfile.TemporaryFile()
def show():
    tmp.seek(0)
    print(tmp.read().decode('ascii').replace(here, ''), end='')
    tmp.seek(0)
    tmp.truncate()
print(faulthandler.is_enabled())
print(faulthandler.enable())
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
print('before the dump')
def f():
    faulthandler.dump_traceback(tmp, all_threads=False)
def g(): f()
g()
show()
print('after the dump')
def r(n):
    if n == 0:
        faulthandler.dump_traceback(tmp, all_threads=False); return
    r(n-1)
r(102)
show()
exec(compile("def \u00e9t\u4e2d(): faulthandler.dump_traceback(tmp, all_threads=False)\n\u00e9t\u4e2d()", "tab\there\u00ff" + "x"*600, "exec"))
show()
exec(compile("def h(): faulthandler.dump_traceback(tmp, all_threads=False)\nh()", "y"*500, "exec"))
show()
for bad in (io.StringIO(), 'x', -1, 10**30):
    try: faulthandler.enable(bad); print('ok', faulthandler.is_enabled())
    except Exception as e: print(type(e).__name__, e)
try: faulthandler.dump_traceback(io.StringIO())
except Exception as e: print(type(e).__name__, e)
faulthandler.enable(file=sys.stdout, all_threads=False); print(faulthandler.is_enabled())
faulthandler.enable(1); print(faulthandler.disable())
print(faulthandler.cancel_dump_traceback_later())
for t in (0, -1.5):
    try: faulthandler.dump_traceback_later(t)
    except Exception as e: print(type(e).__name__, e)
print(callable(faulthandler.dump_traceback_later))
faulthandler.dump_traceback(tmp)
tmp.seek(0)
print(tmp.read().decode('ascii').replace(here, '').split(' (most')[0][:17])
