# a SyntaxWarning turned into an error by a filter must become a SyntaxError (it stayed a SyntaxWarning), and errors raised by the warnings machinery itself (a failing showwarning) were swallowed by exc_warn and codegen's warn
import sys
import warnings
warnings.simplefilter('error')
for src in ["x = 1\nx is 1\n", "x = 1\nx is not 'a'\n", "5()\n", "[1, 2]['a']\n"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e, e.lineno, e.offset, e.end_offset)


class T:
    def __trunc__(self):
        return 3


try:
    print(int(T()))
except DeprecationWarning as e:
    print(type(e).__name__, e)
warnings.simplefilter('ignore')
print(int(T()))
warnings.resetwarnings()
warnings.simplefilter('always')
warnings.showwarning = lambda *a: 1 / 0
try:
    print(int(T()))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    compile("x is 1", "s", "exec")
    print('compiled')
except ZeroDivisionError as e:
    print(type(e).__name__, e)
