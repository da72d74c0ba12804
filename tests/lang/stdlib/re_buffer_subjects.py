# re matches any contiguous buffer as bytes (memoryview, array.array), as CPython does;
# it accepted only bytes and bytearray. match.string is the object given.
import array
import re

mv = memoryview(b'abc123def')
m = re.search(rb'\d+', mv)
print(m.group(), m.span(), m.string is mv, re.findall(rb'[a-z]+', mv))
print(re.sub(rb'\d', b'#', mv), re.split(rb'\d+', mv), re.fullmatch(rb'[a-z0-9]+', mv) is not None)
a = array.array('b', b'xyz 42')
print(re.match(rb'x(y)z', a).group(1), [m.span() for m in re.finditer(rb'\d', a)])
print(re.compile(rb'(?P<n>\d+)').search(memoryview(bytearray(b'no 7'))).group('n'))
print(re.match(rb'', memoryview(b'')).span(), re.escape(b'a.b'))
print(re.search(rb'\w+', memoryview(b'  hello  ')[2:]).group())
for bad in (memoryview(b'abcdef')[::2], 5, ['a']):
    try:
        re.search(rb'a', bad)
    except (TypeError, ValueError, BufferError) as e:
        print(type(e).__name__, e)
released = memoryview(b'abc')
released.release()
try:
    re.search(rb'a', released)
except TypeError as e:
    print(e)
try:
    re.search(r'a', memoryview(b'abc'))
except TypeError as e:
    print(e)
