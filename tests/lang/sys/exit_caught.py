# sys.exit raises SystemExit which can be caught; .code holds the argument.
import sys
for arg in [(), (0,), (3,), ('message',), (None,), ([1, 2],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, '->', repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print('direct', e.code)
try:
    sys.exit(1)
except Exception:
    print('not caught by Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__)
def cleanup():
    try:
        sys.exit(2)
    finally:
        print('finally runs on sys.exit')
try:
    cleanup()
except SystemExit as e:
    print('code', e.code)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
