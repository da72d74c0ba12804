# GeneratorExit handling: yielding during close is a RuntimeError; finally runs on close.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def with_finally():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('finally on close')
g = with_finally()
print(next(g))
g.close()
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit, returning')
        return 'ignored'
w = swallow()
next(w)
print(w.close())
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
