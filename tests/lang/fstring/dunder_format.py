# __format__ is called with the format spec; default object __format__ rejects non-empty specs.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f'${self.cents // 100}'
        return f'${self.cents / 100:.2f}'
    def __str__(self):
        return 'Money!'
m = Money(12345)
print(f'{m}', f'{m:short}', format(m, ''), '{:short}'.format(m))
print(f'{m!s}', f'{m!s:>8}')
class Plain:
    def __str__(self):
        return 'plain'
print(f'{Plain()}', f'{Plain()!s:>7}')
try:
    f'{Plain():>7}'
except TypeError as e:
    print(type(e).__name__, e)
