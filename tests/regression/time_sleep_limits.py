# time.sleep: infinities/huge lengths gave other errors than CPython's _PyTime_t overflow (-inf: ValueError)
import time

def t(label, v):
    try:
        print(label, time.sleep(v))
    except Exception as e:
        print(label, type(e).__name__, e)

for label, v in [('inf', float('inf')), ('-inf', float('-inf')), ('nan', float('nan')),
                 ('1e10', 1e10), ('-1e10', -1e10), ('huge-int', 10**400), ('-huge-int', -10**400),
                 ('int-over', 9223372037), ('int-neg-over', -9223372037), ('neg', -1),
                 ('neg-small', -1e-9), ('neg0', -0.0), ('zero', 0), ('tiny', 1e-9),
                 ('str', '1'), ('bool', False)]:
    t(label, v)
