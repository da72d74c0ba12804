# Double-underscore names are mangled with the class name.
class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 'visible'
    def balance(self):
        return self.__balance
class Savings(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 'savings'
    def both(self):
        return self.__balance, self.balance()
s = Savings()
print(s.both())
print(sorted(vars(s)))
try:
    s.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(s._Account__balance, s._protected)
class M:
    __x = 1
    def get(self):
        return self.__x
    __dunder__ = 'not mangled'
print(M().get(), hasattr(M, '_M__x'), M.__dunder__)
