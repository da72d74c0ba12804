from collections import UserDict, UserList, UserString
class D(UserDict):
    def __missing__(self, k): return k * 2
d = D({'a': 1}, b=2); print(d['zz'], d, len(d), list(d), d.get('zz'), 'zz' in d)
e = UserDict(x=1); print(e | {'y': 2}, {'w': 0} | e, type(e | {}).__name__, e.copy(), type(D().copy()).__name__, UserDict.fromkeys('ab', 1))
e |= {'z': 3}; print(e, e.data)
try: UserDict()['q']
except KeyError as ex: print('KeyError', ex)
del e['x']; print(e, e == {'z': 3})
l = UserList([3, 1, 2]); print(l + [4], [0] + l, l * 2, 2 * l, l[0], l[-1], l[::-1], type(l[:1]).__name__)
l.sort(reverse=True); l.insert(0, 9); l.extend(UserList([7])); print(l, l.pop(), l.index(9), l.count(1), len(l), 3 in l)
l.reverse(); l.remove(9); print(l, l == [1, 2, 3], l < [5], l.copy(), type(l.copy()).__name__)
l += (8,); l *= 2; print(l); del l[0]; l[0] = 'x'; print(l); l.clear(); print(l, UserList(), UserList(UserList([1])))
s = UserString('Hello World')
print(s.lower(), s.upper(), s.split(), s.replace('l', 'L'), s.find('o'), s.count('l'), s.startswith('He'), s.strip('Hd'), len(s), s[0], s[-5:])
print(s + '!', '>' + s, s * 2, s == 'Hello World', s < 'Z', 'World' in s, s.center(15, '*'), s.zfill(13), s.title(), s.swapcase(), s.isalpha(), s.join('ab'))
print(repr(s), str(s), isinstance(hash(s), int), s.encode(), UserString(5), s.partition(' '), s.rsplit('o', 1), s.casefold(), s.removeprefix('He'), s % () if False else '')
print(UserString('%s-%d') % ('a', 1), int(UserString('42')) + 1, float(UserString('1.5')), sorted([UserString('b'), UserString('a')]))
