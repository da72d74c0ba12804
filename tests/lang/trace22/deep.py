# sys.settrace (trace22): frame.f_back chains seen in 'call' events of a deep recursion
import sys
n = [0]
def t(frame, event, arg):
    if event == 'call':
        n[0] += 1
        d = 0
        fr = frame
        while fr is not None:
            d += 1
            fr = fr.f_back
        if n[0] % 100 == 0: print(d)
    return t
def rec(k):
    return 0 if k == 0 else 1 + rec(k - 1)
sys.settrace(t)
print(rec(300))
sys.settrace(None)
