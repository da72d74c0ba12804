# SyntaxWarning for calling any tuple display (CPython's check_caller), bytes(x) returning
# __bytes__'s own subclass instance, hex separators.
import warnings
for stmt in ['[(1, 2) (3, 4)]', '[(x, y) (3, 4)]', '[[1, 2] (3, 4)]', '[f"{x}" (3, 4)]', '["abc" (3, 4)]', '[123 (3, 4)]', '[None (3, 4)]', '[... (3, 4)]', '[(1,2) [3]]', '[1 [3]]', '[{1,2} [3]]', '["a" [3]]', '[(1,2) [x]]', '(1, 2) (3, 4)', 'x = 1 is 1']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', SyntaxWarning)
        try:
            compile(stmt, '<t>', 'exec')
        except SyntaxError as e:
            print('SE', e)
    print(stmt, [(str(x.message), x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile(stmt, '<t>', 'exec')
        except SyntaxError as e:
            print('  SE', e, e.lineno, e.offset)
        print('  leaked', len(w))
for bps in [0, 2, -1, 2**70]:
    try: print(bps, b'\x01\x02\x03'.hex(':', bps))
    except Exception as e: print(bps, type(e).__name__, e)
class B:
    __bytes__ = None
    def __iter__(self): return iter([1])
try: print(bytes(B()))
except TypeError as e: print(e)
class OB(bytes): pass
class C:
    def __bytes__(self): return OB(b'x')
r = bytes(C()); print(type(r).__name__, r)
class D(bytes):
    pass
class E:
    def __bytes__(self): return b'y'
print(type(D(E())).__name__, D(E()))
class S(str): pass
for fmt, arg in [('%c', 'ab'), ('%c', 1.5), ('%c', 0x110000), ('%c', -1), ('%c', 'é'), ('%c', 65)]:
    try: print(repr(fmt % arg))
    except Exception as e: print(type(e).__name__, e)
