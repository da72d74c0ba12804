# Builder results (format, %-format, f-strings, repr, str() of containers, join) around the
# length where they are copied into a one-chunk str (256 bytes), then extended with +=.
import gc
for n in (0, 1, 2, 100, 254, 255, 256, 257, 300, 1000):
    w = 'w' * n
    e = 'é' * (n // 2)
    results = ['%s' % w, '{}'.format(w), f'{w}', f'<{w}>', '%s|%s' % (e, w[:3]), repr(w)[:300],
               str([w])[-5:], '{:>{}}'.format('x', n if n else 1), f'{e}{n}', '%-*s.' % (n, 'q')]
    lens = [len(r) for r in results]
    grown = []
    for r in results:
        g = r
        for i in range(20):
            g += str(i % 10)
        grown.append((len(g), g[-3:], g[:2]))
    gc.collect()
    print(n, lens, grown[:4], results[1] == w, results[4][-4:], hash(results[0]) == hash(w))
acc = []
for i in range(300):
    acc.append(f'{i:03d}-{"é" * (i % 3)}')
s = ''.join(acc)
print(len(s), s[:20], s[-12:], s.count('é'))
d = {f'k{i}': i for i in range(50)}
print(sum(d[f'k{i}'] for i in range(50)), repr('a\tb\n\'"é\x00'), ascii('a\u20ac\U0001f600'))
print(str((1, 'a', 2.5)), str({'x': [1, 'y']}), '%r %a %s' % ('é', 'é', b'b'))
