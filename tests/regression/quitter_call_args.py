# exit()/quit() are a Python method in CPython (Quitter.__call__(self, code=None)): its
# keyword errors are worded as for a Python function, and it closes sys.stdin before
# raising SystemExit.
import sys

for call in [lambda: exit(x=1), lambda: quit(1, code=2), lambda: exit(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.stdin.closed)
try:
    quit(code='bye')
except SystemExit as e:
    print('SystemExit', repr(e.code))
print(sys.stdin.closed)
try:
    input()
except ValueError as e:
    print(type(e).__name__, e)


class NoClose:
    def close(self):
        raise OSError('cannot close')


sys.stdin = NoClose()
try:
    exit(4)
except SystemExit as e:
    print('SystemExit', e.code)
del sys.stdin
try:
    exit()
except SystemExit as e:
    print('SystemExit', e.code)
