import re, collections, string, sys, io, textwrap
text = '''It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness...'''
words = re.findall(r"[a-z']+", text.lower())
freq = collections.Counter(words)
width = max(len(w) for w in freq)
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f'{w:<{width}} {n:>3} {"#" * n}')
print(len(words), len(freq), sum(1 for w in freq if freq[w] == 1))
table = str.maketrans('', '', string.punctuation)
print(text.translate(table).split()[:10])
lines = text.splitlines()
print([l.strip().title()[:20] for l in lines], [len(l) for l in lines])
print(text.count('it was'), text.find('age'), text.rfind('age'), text.index('epoch'), text.partition(',')[0], text.rpartition(' ')[2])
print('|'.join(s.center(9, '*') for s in ['a', 'bb', 'ccc']), 'x'.ljust(3, '.') + 'y'.rjust(3, '.'), '42'.zfill(5), '-42'.zfill(5))
print('Hello World'.swapcase(), 'hello world'.capitalize(), 'ß'.upper(), 'ǅ'.lower(), 'İ'.lower(), 'straße'.casefold() == 'STRASSE'.casefold())
print('a,b,,c'.split(','), 'a b  c'.split(), ' a b '.split(' '), 'a\nb\r\nc'.splitlines(True), 'abc'.removeprefix('a').removesuffix('c'))
print('{:>10}|{:^10}|{:<10}|'.format('r', 'c', 'l'), '%-5s|%5.1f|%03d|%x|%r' % ('ab', 3.14159, 7, 255, 'q'), f'{"nested":{"^"}{12}}')
rows = [('apple', 1.5, 10), ('banana', 0.25, 200), ('cherry', 10.0, 3)]
for name, price, qty in rows:
    print(f'{name:10s}{price:8.2f}{qty:6d}{price * qty:10.2f}')
print(f'{"Total":10s}{sum(p * q for _, p, q in rows):24.2f}')
print('ab' * 3, 'abc'[::-1], ''.join(sorted('hello')), 'hello'.replace('l', 'L', 1), 'tab\there'.expandtabs(4), 'x y'.isidentifier(), '٣'.isdigit(), '½'.isnumeric(), 'abc'.isalpha())
