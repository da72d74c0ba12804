# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) builds an entry, as
# CPython (it said "cannot create 'traceback' instances"); tb_frame must be a frame.
import types, sys
def get_tb():
    try:
        raise OSError()
    except OSError as e:
        return e.__traceback__
other_tb = get_tb()
frame = sys._getframe()
tb = types.TracebackType(other_tb, frame, 1, 2)
print(tb.tb_next is other_tb, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb = types.TracebackType(None, frame, 1, 2)
print(tb.tb_next)
for a in [('no', frame, 1, 2), (other_tb, 'no', 1, 2), (other_tb, frame, 'no', 2), (other_tb, frame, 1, 'nuh-uh'), (None, frame, 1)]:
    try:
        types.TracebackType(*a)
    except TypeError as e:
        print(e)
tb = types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=4, tb_lineno=7)
try:
    raise ValueError("x").with_traceback(tb)
except ValueError as e:
    t = e.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print(n, e.__traceback__.tb_next.tb_lineno)
