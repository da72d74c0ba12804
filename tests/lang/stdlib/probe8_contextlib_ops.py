import contextlib, operator, io
@contextlib.contextmanager
def tag(name, log):
    log.append(f'<{name}>')
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f'caught {e}')
    finally:
        log.append(f'</{name}>')
log = []
with tag('a', log) as t:
    with tag('b', log):
        log.append(t)
with tag('c', log):
    raise KeyError('k')
print(log)
try:
    with tag('d', log):
        raise ValueError('v')
except ValueError as e:
    print('ValueError', e, log[-1])
with contextlib.suppress(FileNotFoundError, KeyError):
    {}['x']
print('suppressed')
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured', 1)
print(repr(buf.getvalue()))
with contextlib.ExitStack() as st:
    res = [st.enter_context(tag(n, log)) for n in 'xy']
    st.callback(lambda: log.append('callback'))
    print(res)
print(log[-5:])
class Closer:
    def close(self): print('closed!')
with contextlib.closing(Closer()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
data = [{'n': 'b', 'a': 3}, {'n': 'a', 'a': 3}, {'n': 'c', 'a': 1}]
print(sorted(data, key=operator.itemgetter('a', 'n')), list(map(operator.itemgetter(1), ['ab', 'cd'])))
class O:
    def __init__(self, x): self.x = x; self.inner = self if x > 5 else None
print(operator.attrgetter('x')(O(3)), operator.attrgetter('inner.x')(O(7)), operator.methodcaller('split', ',')('a,b'), operator.methodcaller('replace', 'a', 'b')('aa'))
print(operator.add(1, 2), operator.neg(3), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.concat([1], [2]))
print(operator.getitem({'k': 1}, 'k'), operator.index(5), operator.is_(None, None), operator.lt(1, 2), operator.pow(2, 10), operator.floordiv(7, 2), operator.mod(-7, 3), operator.xor(5, 3))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.length_hint(iter(range(5))))
try:
    operator.itemgetter()
except TypeError as e:
    print('TypeError', e)
try:
    operator.attrgetter('missing')(1)
except AttributeError as e:
    print('AttributeError', e)
print(repr(operator.itemgetter(1, 'a')), repr(operator.attrgetter('x.y')), repr(operator.methodcaller('f', 1, k=2)))
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True), sorted('hello', key=lambda c: -ord(c)))
