# True and False are singletons; bool cannot be subclassed.
print(bool(1) is True, bool(0) is False)
print((2 > 1) is True, (not 1) is False)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool('x') is bool([1]))
print(True.real, True.imag, True.numerator)
print(str(True) + '!', repr(False) * 2)
print(True.bit_length(), False.bit_length())
print(list(map(bool, [0, 1, '', 'a', None])))
print(sorted([True, False, True, 0, 1]))
