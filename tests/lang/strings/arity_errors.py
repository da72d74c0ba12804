# Wrong argument counts and keywords for str methods give CPython's messages.
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

s = 'abc'
for name in ['capitalize', 'casefold', 'isalnum', 'isascii', 'lower', 'swapcase', 'title', 'upper']:
    t(lambda: getattr(s, name)(1))
    t(lambda: getattr(s, name)(k=1))
for name in ['center', 'ljust', 'rjust']:
    t(lambda: getattr(s, name)())
    t(lambda: getattr(s, name)(1, 2, 3))
    t(lambda: getattr(s, name)(width=5))
for name in ['count', 'find', 'index', 'rfind', 'rindex', 'startswith', 'endswith']:
    t(lambda: getattr(s, name)())
    t(lambda: getattr(s, name)('a', 1, 2, 3))
# Keyword errors of these methods name the type when called directly (CPython's bound
# builtin objects say just "count()": not reproduced).
t(lambda: s.count(sub='a'))
t(lambda: s.find(sub='a'))
t(lambda: s.index('a', x=1))
t(lambda: s.rfind(sub='a'))
t(lambda: s.rindex(sub='a'))
t(lambda: s.startswith(prefix='a'))
t(lambda: s.endswith(suffix='a'))
t(lambda: b'abc'.count(sub=b'a'))
t(lambda: bytearray(b'abc').find(x=1))
for name in ['join', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'zfill', 'translate', 'format_map']:
    t(lambda: getattr(s, name)())
    t(lambda: getattr(s, name)(1, 2))
    t(lambda: getattr(s, name)(x=1))
for name in ['strip', 'lstrip', 'rstrip']:
    t(lambda: getattr(s, name)(1, 2))
for name in ['split', 'rsplit', 'splitlines', 'expandtabs', 'encode']:
    t(lambda: getattr(s, name)(1, 2, 3))
    t(lambda: getattr(s, name)(bogus=1))
t(lambda: s.replace())
t(lambda: s.replace('a', 'b', 1, 2))
t(lambda: s.split(',', sep=','))
t(lambda: s.splitlines(keepends=True, x=1))
t(lambda: s.encode('utf-8', encoding='utf-8'))
