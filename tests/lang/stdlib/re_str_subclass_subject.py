# re cuts the pieces of a str subclass subject as exact str: the subclass's __getitem__
# is not called (it was, and split/findall/groups returned the subclass's objects).
import re


class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))


class B(bytes):
    def __getitem__(self, index):
        return B(super().__getitem__(index))


s = S(':a:b::c')
for r in (re.split(':', s), re.split('(:+)', s), re.findall(r'\w', s),
          re.match('(:)(a)', s).groups(), [re.search('b', s).group()],
          [re.sub('b', 'B', s)], [re.sub('b', lambda m: m.group() * 2, s)]):
    print(r, [type(x).__name__ for x in r])
m = re.search('a', s)
print(type(m.string).__name__, m.string is s)
b = B(b':a:b')
print(re.split(b':', b), [type(x).__name__ for x in re.split(b':', b)])
