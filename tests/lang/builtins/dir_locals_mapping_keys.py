# dir() without arguments lists the keys of the locals mapping as CPython's PyMapping_Keys
# does: an exact dict's keys, else whatever keys() returns (a dict subclass's too), with
# CPython's message when keys() returns something not iterable; dict.update the same.
class A(dict):
    def __getitem__(self, x):
        return dir
    def keys(self):
        yield 6
        yield 5
print(eval("dir()", {}, A()))
class M:
    def __getitem__(self, k):
        raise KeyError(k)
    def keys(self):
        return ["b", "a"]
print(eval("dir()", {}, M()))
class N:
    def __getitem__(self, k):
        raise KeyError(k)
    def keys(self):
        return 5
try:
    print(eval("dir()", {}, N()))
except TypeError as e:
    print(e)
d = {"z": 1, "y": 2}
print(eval("dir()", {}, d))
def f():
    b = 1
    a = 2
    return dir()
print(f())
class K(dict):
    def keys(self):
        return ["b"]
    def __iter__(self):
        return iter(["b"])
d = {}
d.update(K(a=1, b=2))
print(d)
class Bad:
    def keys(self):
        return 3
    def __getitem__(self, k):
        return k
try:
    {}.update(Bad())
except TypeError as e:
    print(e)
print(dict(K(a=1, b=2)), {**K(a=1, b=2)})
