# __new__ controls instance creation; __init__ runs only if __new__ returns an instance of cls.
class Tracked:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print('init', v)
        self.v = v
t = Tracked(1)
print(t.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never runs')
print(Weird())
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('hello')
print(u, type(u).__name__, isinstance(u, str), u + '!')
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1)
