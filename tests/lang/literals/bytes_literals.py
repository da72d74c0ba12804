# Bytes literals: escapes, repr, indexing gives ints.
b = b'hello'
print(b, type(b).__name__)
print(b[0], b[-1])
print(b'\x00\xff\n\t')
print(b'\x41\x42')
print(repr(b"it's"))
print(repr(b'both \' and "'))
print(b'\\' , len(b'\\'))
print(list(b'AZ'))
print(b'' == bytes())
print(B'abc')
print(b'\101\102')
print(b'caf\xc3\xa9'.decode('utf-8'))
try:
    eval("b'caf\u00e9'")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
