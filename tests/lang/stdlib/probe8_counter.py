from collections import Counter
a = Counter('abracadabra')
b = Counter({'a': 2, 'z': 3, 'b': -1})
print(a, b)
print(a.most_common(3), a.most_common(), a.most_common(0))
print(Counter('bbaacc').most_common(2), Counter('cab').most_common())
print(a + b, a - b, a | b, a & b)
print(+b, -b)
c = a.copy(); c.subtract(b); print(c)
c.update('zzz'); c.update({'q': 2}); print(c)
print(sorted(a.elements()))
print(a['missing'], 'missing' in a, a.total())
del a['a']; print(a)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
for w, n in sorted(wc.items(), key=lambda kv: (-kv[1], kv[0])):
    print(w, n)
print(repr(Counter()), dict(Counter('aab')))
try:
    Counter(1)
except TypeError as e:
    print('TypeError', e)
print(Counter.fromkeys if hasattr(Counter, 'fromkeys') else None)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
c = Counter(x=5, y=2)
c['x'] -= 10
print(c, +c)
print(sum(Counter(a=2, b=3).values()), max(Counter('hello').items(), key=lambda kv: kv[1]))
