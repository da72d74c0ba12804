# bytes basics: construction, len, indexing gives ints, iteration.
b = b'hello'
print(len(b), b[0], b[-1], type(b[0]).__name__)
print(list(b), [chr(x) for x in b])
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(bytes('héllo', 'utf-8'), bytes(b'copy'))
print(b'ab' + b'cd', b'ab' * 3, b'a' in b'cat', 97 in b'cat', b'' in b'x')
try:
    b[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
print(b == b'hello', b == 'hello', b < b'help', b'abc' < b'abd')
