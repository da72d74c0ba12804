eg = ExceptionGroup('grp', [ValueError(1), TypeError(2), ValueError(3)])
print(eg, repr(eg), eg.message, len(eg.exceptions))
try:
    raise eg
except* ValueError as e:
    print('V', repr(e), e.exceptions)
except* TypeError as e:
    print('T', repr(e))
try:
    try:
        raise ExceptionGroup('g', [KeyError('a'), OSError('b')])
    except* KeyError:
        print('key handled')
except ExceptionGroup as rest:
    print('rest', repr(rest))
try:
    raise ValueError('naked')
except* ValueError as e:
    print('wrapped', repr(e), type(e).__name__)
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(OSError))
nested = ExceptionGroup('outer', [ValueError('a'), ExceptionGroup('inner', [TypeError('b'), ValueError('c')])])
m, r = nested.split(ValueError)
print(repr(m)); print(repr(r))
print(type(BaseExceptionGroup('x', [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
for args in [('m', []), ('m', [1]), (1, [ValueError()]), ('m', ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup('x', [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + '!', excs)
me = MyEG('mine', [ValueError(1), KeyError(2)])
a, b = me.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
try:
    try:
        raise me
    except* ValueError:
        pass
except MyEG as e:
    print('reraised', type(e).__name__, e.message, e.exceptions)
def f():
    try:
        raise ExceptionGroup('e', [ValueError(1)])
    except* ValueError:
        raise KeyError('new')
try:
    f()
except ExceptionGroup as e:
    print('EG', repr(e), repr(e.exceptions[0].__context__))
except KeyError as e:
    print('KE', repr(e))
eg2 = ExceptionGroup('n', [ValueError('z')])
eg2.add_note('grp note')
print(eg2.__notes__)
import traceback
try:
    raise ExceptionGroup('tb', [ValueError('one'), TypeError('two')])
except ExceptionGroup as e:
    lines = traceback.format_exception(e)
    print(''.join(l for l in lines if 'File' not in l and '^' not in l))
