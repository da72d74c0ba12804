# BaseExceptionGroup / ExceptionGroup: construction, attributes, split, subgroup, derive
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: BaseExceptionGroup())
show(lambda: BaseExceptionGroup("a"))
show(lambda: ExceptionGroup("a", [ValueError()], 3))
show(lambda: BaseExceptionGroup(1, [ValueError()]))
show(lambda: BaseExceptionGroup("a", 1))
show(lambda: BaseExceptionGroup("a", {ValueError()}))
show(lambda: BaseExceptionGroup("a", []))
show(lambda: BaseExceptionGroup("a", [1]))
show(lambda: BaseExceptionGroup("a", [ValueError(), 2]))
show(lambda: ExceptionGroup("a", [KeyboardInterrupt()]))
show(lambda: BaseExceptionGroup("a", [ValueError()], x=1))
show(lambda: ExceptionGroup("a", "bc"))
show(lambda: type(BaseExceptionGroup("a", [ValueError()])))
show(lambda: type(BaseExceptionGroup("a", [KeyboardInterrupt()])))
show(lambda: type(BaseExceptionGroup("a", [ValueError(), SystemExit()])))
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(str(eg), repr(eg), eg.args)
print(eg.message, eg.exceptions)
print(str(ExceptionGroup("one", (ValueError(),))))
show(lambda: setattr(eg, "message", "x"))
show(lambda: setattr(eg, "exceptions", ()))
print(ExceptionGroup[int], BaseExceptionGroup[str])

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
m, r = eg.split((TypeError, KeyError))
print(repr(m), repr(r))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.split(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(lambda e: True) is eg, eg.subgroup(lambda e: False))
print(repr(eg.subgroup(ExceptionGroup)))
show(lambda: eg.split(int))
show(lambda: eg.split(1))
show(lambda: eg.subgroup((ValueError, 1)))
print(repr(eg.derive([KeyError("d")])))
print(repr(eg.derive([KeyboardInterrupt()])))

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
meg = MyEG("mine", [ValueError(1), TypeError(2)])
m, r = meg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))
show(lambda: MyEG("x", [KeyboardInterrupt()]))

e = ExceptionGroup("tb", [ValueError(1)])
e.__cause__ = KeyError("c")
e.__context__ = OSError("ctx")
e.add_note("a note")
m = e.subgroup(ValueError)
print(m is e)
m = ExceptionGroup("tb", [ValueError(1), TypeError(2)])
m.__cause__ = KeyError("c")
m.add_note("note1")
s = m.subgroup(ValueError)
print(repr(s), repr(s.__cause__), s.__notes__, s.__notes__ is m.__notes__)

class NotEG(ExceptionGroup):
    def derive(self, excs):
        return 5
show(lambda: NotEG("x", [ValueError(), TypeError()]).split(ValueError))
