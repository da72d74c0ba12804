for a in [(), (None,), ('.',), (',',), ('',), (1,), (b'.',), ('ab',)]:
    for m in ('split', 'rsplit'):
        try: print(m, a, getattr('a.b,c.ab.d', m)(*a))
        except Exception as e: print(m, a, type(e).__name__, e)
# the argument fast path (no keywords, at most one positional) and the general one agree
s = 'x  y\tz\n.w.'
print(s.split(), s.split(None), s.split(sep=None), s.split('.'), s.split(sep='.'), s.split('.', 1), s.rsplit('.', 1))
class S(str): pass
print(S('a-b').split('-'), type(S('a-b').split('-')[0]).__name__, 'a-b'.split(S('-')), S('ab').split())
print('é,ü,ö'.split(','), 'é  ü'.split(), ''.split(','), ','.split(','))
