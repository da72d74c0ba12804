# getrandbits(-2**31-1) raised ValueError instead of OverflowError; setstate's bad index type gave the wrong message; wrong-size/out-of-range states
import _random

r = _random.Random(5)

def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for k in [-2**31 - 1, -2**31, -1, 0, 2**31, 2**64, -2**64]:
    t('getrandbits %d' % k, lambda: r.getrandbits(k))
st = r.getstate()
for label, bad in [('short', st[:-1]), ('long', st + (1,)), ('list', list(st)),
                   ('idx625', st[:-1] + (625,)), ('idx-1', st[:-1] + (-1,)),
                   ('idx-huge', st[:-1] + (2**70,)), ('idx-float', st[:-1] + (1.0,)),
                   ('idx-str', st[:-1] + ('a',)), ('word-neg', (-1,) + st[1:]),
                   ('word-65bit', (2**64,) + st[1:]), ('word-str', ('x',) + st[1:])]:
    t(label, lambda: r.setstate(bad))
r.setstate(st[:-1] + (624,))
t('idx624', lambda: r.random())
r.setstate((2**32 + 7,) + st[1:-1] + (0,))
t('word-truncated', lambda: (r.getstate()[0], r.random()))
