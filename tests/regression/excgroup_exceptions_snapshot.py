# An exception group re-read its exceptions from the sequence passed to the constructor
# (args[1]) on every use: clearing or mutating that list afterwards (or assigning .args)
# emptied or changed the group, so except* clauses silently matched nothing and the
# exception was lost; a __getitem__ sequence could even smuggle non-exceptions in.
class MyEG(ExceptionGroup):
    pass


for cls in (ExceptionGroup, BaseExceptionGroup, MyEG):
    errors = [ValueError(1), KeyError(2)]
    eg = cls("msg", errors)
    errors.clear()
    print(cls.__name__, eg.exceptions, eg.message, str(eg), repr(eg))
    try:
        raise eg
    except* ValueError as e:
        print("  value", repr(e))
    except* KeyError as e:
        print("  key", repr(e))
    eg.args = ("other",)
    print("  after args=", eg.exceptions, eg.message, str(eg))
    print("  split", eg.split(KeyError))
    print("  derive", repr(eg.derive([TypeError(3)])))


class Seq:
    calls = 0

    def __len__(self):
        return 1

    def __getitem__(self, i):
        if i >= 1:
            raise IndexError
        Seq.calls += 1
        return ValueError("first") if Seq.calls == 1 else 42


g = ExceptionGroup("x", Seq())
print(g.exceptions, g.split(ValueError))
try:
    try:
        raise g
    except* ValueError as e:
        print("caught", repr(e.exceptions))
except Exception as e:
    print("leaked", type(e).__name__, e)
