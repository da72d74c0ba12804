# bytes += in a loop appends in place into the spare room the previous result owns (amortised O(1) per byte; was quadratic), without changing any bytes already made
a = b'0123456789' * 4
b = a + b'X'
c = a + b'Y'
d = b + b'Z'
e = b + b'W'
print(a, b, c, d, e, sep='\n')
m = memoryview(b)
f = b + b'Q'
print(bytes(m), m.tobytes() == b, len(m), f)
x = b''
parts = []
for i in range(100):
    x += bytes([65 + i % 26])
    parts.append(x)
print(all(parts[i] == parts[-1][:i + 1] for i in range(100)), hash(parts[50]) == hash(bytes(parts[50])))
y = x
x += b'!'
print(y[-3:], x[-3:], y == x[:-1])
z = x + x
print(len(z), z[:5], z[100:105])
class B(bytes): pass
w = B(b'abc' * 20) + b'd'
print(type(w).__name__, w[-4:], (w + b'e')[-3:], w[-3:])
acc = b''
for i in range(200000):
    acc += b'x'
ba = bytearray()
for i in range(200000):
    ba += b'y'
s = ''
for i in range(200000):
    s += 'z'
print(len(acc), acc[:3], len(ba), len(s))
