# The builtins exit and quit are _sitebuiltins.Quitter objects (as CPython's site adds
# them): a hint as repr and str, SystemExit(code) when called.
import builtins

print(repr(exit), str(quit), type(exit), type(exit).__name__, exit.__class__.__module__)
print(callable(quit), builtins.exit is exit, type(exit) is type(quit))
for call in [lambda: exit(), lambda: exit(3), lambda: quit('bye'), lambda: quit(code=5)]:
    try:
        call()
    except SystemExit as e:
        print('SystemExit', repr(e.code))
try:
    exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print('before exit')
exit(7)
print('not reached')
