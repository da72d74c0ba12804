# safepy said "unsupported operand type(s) for +: 'list' and 'Vec'" instead of 'can only concatenate list (not "Vec") to list' when adding a user object to a list/tuple
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Vec:
    def __init__(self, *xs):
        self.xs = xs
t(lambda: [1, 2] + Vec(3))
t(lambda: (1, 2) + Vec(3))
t(lambda: "ab" + Vec(3))
t(lambda: [1] + 2.5)
t(lambda: [1] * Vec())
t(lambda: Vec() * [1])
t(lambda: (1,) * Vec())
t(lambda: "ab" * Vec())
class Sub(list):
    pass
t(lambda: Sub([1]) + Vec())
def delete():
    v = Vec()
    del v[0]
t(delete)
