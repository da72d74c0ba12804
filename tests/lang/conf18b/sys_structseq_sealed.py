# sys.version_info and sys.flags cannot be instantiated (TypeError), sys.thread_info
# exists (name/lock/version)
import sys, copy
for v in (sys.flags, sys.version_info):
    try:
        type(v)()
    except TypeError as e:
        print(e)
    try:
        copy.copy(v)
    except TypeError as e:
        print('copy:', e)
print(sys.thread_info.name in ('nt', 'pthread', 'pthread-stubs', 'solaris'),
      sys.thread_info.lock in ('semaphore', 'mutex+cond', None), len(sys.thread_info),
      type(sys.thread_info).__name__)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.flags.optimize, sys.float_info.dig)
