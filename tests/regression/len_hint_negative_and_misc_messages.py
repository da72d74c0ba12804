# safepy built [1, 2] from list(obj) whose __len__ returns -1 instead of raising "ValueError: __len__() should return >= 0"; also format("x", None) said "not NoneType" instead of "not None"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
    def __iter__(self):
        return iter([1, 2])
t(lambda: list(NegLen()))
t(lambda: tuple(NegLen()))
t(lambda: [0].extend(NegLen()))
t(lambda: format("x", None))
t(lambda: b"%c" % (10 ** 30))
