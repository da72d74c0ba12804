# open() in binary mode reads and writes bytes; text/binary type errors.
path = '/tmp/safepy_test_open_binary.bin'
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

with open(path, 'wb') as f:
    print(f.write(b'\x00\x01abc\r\n'), f.write(bytearray(b'xyz\n')), f.write(bytes(range(250, 256))))
with open(path, 'rb') as f:
    data = f.read()
    print(len(data), data)
with open(path, 'rb') as f:
    print(f.read(2), f.readline(), f.readline(), f.read(), f.read())
with open(path, 'rb') as f:
    print(f.readlines())
with open(path, 'rb') as f:
    print([len(chunk) for chunk in f])
with open(path, 'wb') as f:
    show('write str to binary', lambda: f.write('text'))
with open(path, 'w') as f:
    show('write bytes to text', lambda: f.write(b'bytes'))
    show('write int to text', lambda: f.write(5))
with open(path, 'w+') as f:
    f.write('plus mode')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'ab') as f:
    f.write(b'!')
with open(path, 'rb') as f:
    print(f.read())
