# %-formatting also works on bytes.
print(b'%s-%d' % (b'ab', 12))
print(b'%5s|%-5s|' % (b'x', b'y'))
print(b'%x %c %c' % (255, 65, b'B'))
print(b'%%' % ())
print(b'%r' % 'é')
try:
    print(b'%s' % 'str')
except TypeError as e:
    print(type(e).__name__, e)
print(b'%.2f' % 3.14159)
print(b'%(k)s' % {b'k': b'v'})
print(b'%a' % b'z')
print(bytearray(b'%d') % 7)
