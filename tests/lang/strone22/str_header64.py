# Strs with a 64-byte header: inline / non-inline boundaries, builders (join, format, %,
# repr), slicing, concatenation (the in-place += tail), encodings and str subclasses.
import gc

# lengths around the inline limit (16,320 bytes of chunk) and the size classes
for n in (0, 1, 2, 7, 8, 15, 16, 31, 32, 33, 47, 48, 63, 64, 79, 80, 95, 96, 97,
          16000, 16255, 16256, 16257, 16319, 16320, 16321, 20000):
    s = ('abcdefghij' * (n // 10 + 1))[:n]
    t = s[:]
    u = ''.join([s[:n // 2], s[n // 2:]])
    v = s + ''
    w = 'é' * n
    print(n, len(s), s == t == u == v, hash(s) == hash(u), len(w), len(w.encode()),
          w[n // 2:n // 2 + 3] if n else '-', s[-3:], s.upper()[:4], s.split('e')[:2] if n < 50 else len(s.split('e')))

# join: inline results (two or more characters), cached ones, mixed ASCII / non-ASCII
print(repr(''.join([])), repr(''.join(['a'])), repr(''.join(['a', ''])), repr(''.join(['', ''])))
print(repr('-'.join(['a', 'b'])), repr('é'.join(['x', 'y'])), repr(''.join(['ab', 'ü', 'c'])))
print(len(''.join(['x' * 8000, 'y' * 8000, 'z' * 400])), ''.join(['x' * 8000, 'y' * 8000, 'z' * 400])[-3:])
print(len('|'.join(str(i) for i in range(5000))))
class L(list): pass
print(','.join(L(['p', 'q', 'r'])), ','.join(('t', 'u')), ''.join(iter(['i', 'j', 'k'])))
try:
    ''.join(['a', 1])
except TypeError as e:
    print('TypeError', e)

# format, %, f-strings, repr
for x in (0, 7, 123456789, -3.25, 'abc', 'é€𝄞'):
    print('%-10s|%r' % (x, x), '{:>12}:{!r:<8}'.format(x, x), f'{x!s:^9}', repr(str(x)), ascii(x))

# slicing: steps, negatives, non-ASCII (the index cache)
s = 'αβγδε' * 20 + 'abc'
print(s[3:9], s[-5:], s[::7], s[95:2:-9], s[50], s[-1], s.find('abc'), s.index('δε', 10))
acc = []
for i in range(0, len(s), 13):
    acc.append(s[i])
print(''.join(acc))

# concatenation: += chains (a str owning its tail), snapshots, then indexing and hashing
base = 'start'
snaps = []
for i in range(40):
    base += 'é' if i % 5 == 0 else str(i)
    if i % 9 == 0:
        snaps.append(base)
    if i == 20:
        print(base[10], base[-2:], hash(base) == hash(base[:]))
gc.collect()
print(base, [len(x) for x in snaps], [x[-2:] for x in snaps])
a = 'x' * 40
b = a + 'one'
c = a + 'two'
print(b[-5:], c[-5:], a[-2:], len(a), b.endswith('one'), c.endswith('two'))
d = a + 'ü'
print(d[40], d[-2:], len(d), d.encode()[-4:])

# strip / split fast paths
print(repr('  ab cd  '.strip()), repr(' \t\n x \x1c'.strip()), repr('   '.strip()), repr(''.strip()))
print(repr('  ab '.lstrip()), repr('  ab '.rstrip()), repr('\u3000ab\u3000'.strip()), repr('xxaxx'.strip('x')))
print('a b c'.split(), ' a  b '.split(), ''.split(), '  '.split(), 'a\x1fb\x1cc'.split(), 'é b'.split())
print('a,b,,c'.split(','), 'a b c'.split(None, 1), 'a b c'.rsplit(None, 1), 'a b c'.split(maxsplit=1))
print('one two three four five six seven'.split(), 'x.y.z.w.v'.split('.'))

# encodings
for t in ('', 'ascii', 'café', '日本語', 'a\U0001f600b', 'x' * 100 + 'é'):
    e8 = t.encode('utf-8')
    print(len(t), e8[:12], e8.decode() == t, t.encode('utf-16-le')[:6], t.encode('latin-1', 'replace')[:8],
          t.encode('ascii', 'backslashreplace')[:16])
print(bytes(range(65, 91)).decode('ascii'), b'caf\xe9'.decode('latin-1'), str(b'abc', 'ascii'))

# str subclasses sharing an inline str's text
class S(str):
    def shout(self):
        return self.upper() + '!'
parts = []
for n in (1, 2, 16, 95, 96, 200):
    src = ('qrstu' * 50)[:n]
    sub = S(src)
    del src
    gc.collect()
    parts.append((len(sub), sub.shout()[-3:], type(sub).__name__, sub == sub[:], str(sub)[:3], type(str(sub)).__name__))
print(parts)
t = S('abc') + 'def'
print(t, type(t).__name__, S('xy') * 3, type(S('é') + S('è')).__name__)
print(S('hello world').split(), type(S('hello world').split()[0]).__name__, S(' pad ').strip(), type(S('ab').strip()).__name__)
print(''.join([S('a'), S('b')]), type(''.join([S('ab')])).__name__, '%s' % S('z'), type('%s' % S('zz')).__name__)
d = {}
for w in 'the quick brown the lazy the end quick'.split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
