# int.from_bytes accepted any object with __index__ (bytes(obj) made that many zero bytes, giving 0); CPython refuses objects without __bytes__ that are not bytes-like or iterable
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class Ix:
    def __index__(self): return 2
class IxB:
    def __index__(self): return 2
    def __bytes__(self): return b'\x01\x02'
class Bo(int):
    def __bytes__(self): return b'\x05'
t(lambda: int.from_bytes(Ix(), 'big'))
t(lambda: int.from_bytes(IxB(), 'big'))
t(lambda: int.from_bytes(5, 'big'))
t(lambda: int.from_bytes(True, 'big'))
t(lambda: int.from_bytes(Bo(3), 'big'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes([1, 2], 'big'))
t(lambda: int.from_bytes((x for x in [1, 2]), 'little'))
t(lambda: int.from_bytes(memoryview(b'\x01\x00'), 'little'))
t(lambda: int.from_bytes(1.5, 'big'))
t(lambda: int.from_bytes(None, 'big'))
