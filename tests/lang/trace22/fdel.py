# frame.f_trace: None until set, and del sets it back to None on any frame (bdb's
# set_continue deletes it on every frame of the stack, traced or not).
import sys
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
del f.f_trace
print(f.f_trace)
f.f_trace = print
print(f.f_trace is print)
del f.f_trace
print(f.f_trace)
def g():
    fr = sys._getframe()
    del fr.f_trace
    return fr.f_trace
print(g())
