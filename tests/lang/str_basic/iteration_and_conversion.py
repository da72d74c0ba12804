# Iterating over strings; str() and list() conversions.
s = 'abc'
for ch in s:
    print(ch, end=' ')
print()
print(list(s), tuple(s), sorted('cba'), set('aa') == {'a'})
print(str(123), str(-4.5), str([1, 'a']), str((1,)), str({'k': 'v'}))
print(''.join(reversed('hello')), 'hello'[::-1])
print([c.upper() for c in 'hey'])
print(dict(enumerate('ab')))
print(str(b'ab'), str(), repr(str()))
print(list(zip('ab', 'xyz')))
