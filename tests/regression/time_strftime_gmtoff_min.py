# strftime('%z') negated tm_gmtoff in int64 (UB for -2**63, UBSan abort); also: wday not checked, embedded NUL accepted, %C padded, year/int range messages
import time

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -2**63))
t('gmtoff-min', lambda: time.strftime('%Z', st))
t('gmtoff-min-z', lambda: len(time.strftime('%z', st)) == 5)
st = time.struct_time((2000, 1, 1, 0, 0, 0, 0, 1, 0, 'ABC', -(5 * 3600 + 7 * 60)))
t('gmtoff-neg', lambda: time.strftime('%z %Z', st))
t('wday-neg2', lambda: time.asctime((2000, 1, 1, 0, 0, 0, -2, 1, 0)))
t('wday-neg8', lambda: time.asctime((2000, 1, 1, 0, 0, 0, -8, 1, 0)))
t('wday-strftime', lambda: time.strftime('%a', (2000, 1, 1, 0, 0, 0, -3, 1, 0)))
t('wday-mktime', lambda: time.mktime((2000, 1, 1, 0, 0, 0, -2, 1, 0)))
t('nul', lambda: time.strftime('a\0b', (2000, 1, 1, 0, 0, 0, 5, 1, 0)))
for y in [0, 5, 99, 100, 999, 1000, -1, -99, -101, -1001, 10000]:
    t('C %d' % y, lambda: time.strftime('%C|%y|%Y', (y, 1, 1, 0, 0, 0, 0, 1, 0)))
t('year-min', lambda: time.asctime((-2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t('year-min-ok', lambda: time.asctime((-2**31 + 1900, 1, 1, 0, 0, 0, 0, 1, 0)))
t('year-min-strftime', lambda: time.strftime('%Y', (-2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t('int-max', lambda: time.asctime((2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t('int-min', lambda: time.mktime((2000, -2**31 - 1, 1, 0, 0, 0, 0, 1, 0)))
t('long', lambda: time.strftime('%Y', (2000, 2**63, 1, 0, 0, 0, 0, 1, 0)))
