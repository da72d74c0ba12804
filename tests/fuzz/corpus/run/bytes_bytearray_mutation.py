# bytearray is a mutable sequence of ints.
ba = bytearray(b'hello')
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b' ok')
print(ba, len(ba))
ba[1:3] = b'EE'
print(ba)
del ba[0]
print(ba)
ba.insert(0, ord('J'))
print(ba, ba.pop(), ba)
ba.reverse()
print(ba)
ba[:] = b'xyz'
print(ba, bytes(ba))
ba += b'!'
print(ba, ba * 2)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b'a'
except TypeError as e:
    print(type(e).__name__, e)
ba.remove(ord('y'))
print(ba, ba.find(b'z'), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'))
ba.clear()
print(ba, len(ba))
