# abs, divmod, pow (two and three arguments) and round dispatch through the dunders.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('abs int', lambda: abs(-5))
show('abs float', lambda: abs(-2.5))
show('abs bool', lambda: abs(True))
show('abs str', lambda: abs('a'))
show('divmod ints', lambda: divmod(7, -2))
show('divmod big', lambda: divmod(10**20 + 3, 7))
show('divmod float', lambda: divmod(7.5, 2))
show('divmod mixed', lambda: divmod(7, 2.5))
show('divmod zero', lambda: divmod(1, 0))
show('divmod str', lambda: divmod('a', 1))
class D:
    def __divmod__(self, other):
        return ('D.divmod', other)
    def __rdivmod__(self, other):
        return ('D.rdivmod', other)
show('divmod class', lambda: divmod(D(), 3))
show('rdivmod class', lambda: divmod(3, D()))
show('pow 2', lambda: pow(2, 10))
show('pow neg', lambda: pow(2, -1))
show('pow 3', lambda: pow(3, 4, 5))
show('pow inverse', lambda: pow(2, -1, 5))
show('pow kw', lambda: pow(base=2, exp=3, mod=5))
show('pow float mod', lambda: pow(2.0, 2, 3))
show('pow zero mod', lambda: pow(2, 3, 0))
show('pow missing', lambda: pow(1))
show('pow too many', lambda: pow(1, 2, 3, 4))
show('round half even', lambda: [round(x) for x in (0.5, 1.5, 2.5, -0.5)])
show('round ndigits', lambda: round(2.675, 2))
show('round int neg', lambda: round(1234, -2))
show('round none', lambda: round(2.5, None))
show('round kw', lambda: round(number=3.7))
show('round str', lambda: round('a'))
class R:
    def __round__(self, n=None):
        return ('R.round', n)
show('round class', lambda: round(R()))
show('round class n', lambda: round(R(), 3))
show('round bad nd', lambda: round(1.5, 'a'))
