# raise with classes and instances, raise from, implicit __context__ chaining.
def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def r1():
    raise ValueError("a") from KeyError("b")
t(r1)
def r2():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('x')
t(r2)
def r3():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('x') from None
t(r3)
def r4():
    raise 5
t(r4)
class NotExc:
    pass
def r5():
    raise NotExc
t(r5)
def r6():
    raise ValueError
t(r6)
def r7():
    raise ValueError from 3
t(r7)
def r8():
    try:
        raise KeyError('first')
    except KeyError as first:
        try:
            raise IndexError('second')
        except IndexError:
            raise first
t(r8)
def r9():
    try:
        {}['missing']
    except KeyError as e:
        e2 = RuntimeError('wrapped')
        raise e2 from e
t(r9)
class Custom(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = len(args)
def r10():
    raise Custom(1, 2, 3)
t(r10)
try:
    raise Custom('x')
except Custom as c:
    print(c.extra, c.args, isinstance(c, Exception))
