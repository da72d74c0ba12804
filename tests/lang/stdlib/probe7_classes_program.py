from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import List
import itertools
class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f'need {need}, have {have}')
        self.need, self.have = need, have
class Account(ABC):
    _ids = itertools.count(1)
    def __init__(self, owner, balance=0):
        self.id = next(self._ids); self.owner = owner; self._balance = balance; self.history = []
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError('negative balance')
        self._balance = v
    def deposit(self, amt):
        self.balance += amt; self.history.append(('dep', amt)); return self
    def withdraw(self, amt):
        if amt > self.balance + self.overdraft(): raise InsufficientFunds(amt, self.balance)
        self._balance -= amt; self.history.append(('wd', amt)); return self
    @abstractmethod
    def overdraft(self): ...
    def __repr__(self): return f'{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance})'
    def __lt__(self, o): return self.balance < o.balance
    def __eq__(self, o): return isinstance(o, Account) and self.id == o.id
    __hash__ = object.__hash__
class Checking(Account):
    def overdraft(self): return 100
class Savings(Account):
    rate = 0.02
    def overdraft(self): return 0
    def accrue(self): self._balance = round(self._balance * (1 + self.rate), 2); return self
try:
    Account('x')
except TypeError as e:
    print(type(e).__name__, e)
a = Checking('ann', 50).deposit(25).withdraw(150)
s = Savings('bob', 1000).accrue()
print(a, s, sorted([s, a]), a == a, a != s, a.history)
try:
    s.withdraw(5000)
except InsufficientFunds as e:
    print(type(e).__name__, e, e.need, e.args)
try:
    s.balance = -1
except ValueError as e:
    print(type(e).__name__, e)
class Meta(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        return cls
class Plugin(metaclass=Meta): pass
class PA(Plugin): pass
print(sorted(Meta.registry), type(PA).__name__, isinstance(PA(), Plugin), PA.__mro__)
class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __bool__(self): return bool(self.x or self.y)
    def __format__(self, spec): return f'<{format(self.x, spec)}, {format(self.y, spec)}>'
v = Vec(3, 4)
print(v + v, 2 * v, v * 2, abs(v), list(v), bool(Vec(0, 0)), f'{v:.1f}', [*v])
class Temp:
    def __init__(self): self._c = 0
    def __getattr__(self, name):
        if name == 'fahrenheit': return self._c * 9 / 5 + 32
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
t = Temp(); t._c = 100; print(t.fahrenheit)
try:
    t.kelvin
except AttributeError as e:
    print(type(e).__name__, e)
class Stack(list):
    def push(self, x): self.append(x); return self
    def peek(self): return self[-1]
st = Stack().push(1).push(2); print(st, st.peek(), len(st), type(st + [3]).__name__, isinstance(st, list))
