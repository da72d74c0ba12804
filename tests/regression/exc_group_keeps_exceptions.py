# BaseExceptionGroup re-read its exceptions from args[1] on each access: mutating the list passed in, a hostile sequence or reassigning .args changed .exceptions/str()/split(); split parts must also set __suppress_context__ and skip non-sequence __notes__
l = [ValueError(1)]
g = ExceptionGroup('m', l)
l.clear()
print(g.exceptions, str(g), g.args)
l.append(5)
print(g.exceptions, str(g))
print(g.split(ValueError))


class Seq:
    n = 0
    def __len__(self): return 1
    def __getitem__(self, i):
        Seq.n += 1
        if i == 0:
            return ValueError(Seq.n)
        raise IndexError


g = ExceptionGroup('m', Seq())
print(repr(g.exceptions), repr(g.exceptions), g.exceptions is g.exceptions)
g.args = ()
print(g.message, g.exceptions, g.split(ValueError))
g = ExceptionGroup('m', [ValueError(1)])
g.args = ('x', 5)
print(g.message, g.exceptions, str(g))


class D2(ExceptionGroup):
    def derive(self, excs):
        return D2(self.message, excs)


g = D2('m', [ValueError(), TypeError()])
g.__notes__ = 42
print(g.split(ValueError))
g.__notes__ = ['a']
m, r = g.split(ValueError)
print(m.__notes__, r.__notes__, m.__notes__ is g.__notes__)
try:
    try:
        raise KeyError
    except KeyError:
        raise ExceptionGroup('m', [ValueError(), TypeError()])
except ExceptionGroup as e:
    m, r = e.split(ValueError)
    print(m.__suppress_context__, repr(m.__context__), e.__suppress_context__)
