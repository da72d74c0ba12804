# Frame objects have f_builtins, f_trace (None), f_trace_lines, f_trace_opcodes and
# clear() (RuntimeError on a running frame; a finished one drops its variables).
import sys
f = sys._getframe()
for a in ("f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno", "f_locals", "f_trace", "f_trace_lines", "f_trace_opcodes", "clear"):
    print(a, hasattr(f, a))
print(type(f).__name__, type(f).__module__)
print(f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else f.f_builtins is __builtins__, f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
try:
    f.clear()
except RuntimeError as e:
    print(e)
def g():
    x = 1
    return sys._getframe()
fr = g()
print(fr.f_locals)
fr.clear()
print(fr.f_locals)
def h():
    try:
        1/0
    except ZeroDivisionError as e:
        return e.__traceback__
tb = h()
print(sorted(tb.tb_frame.f_locals))
tb.tb_frame.clear()
print(tb.tb_frame.f_locals)
