# UTF-8 encoding and decoding of non-ASCII text.
s = 'grüße 😀'
b = s.encode('utf-8')
print(b)
print(len(b), b.decode('utf-8') == s)
print('€'.encode(), list('€'.encode()))
print(b'\xe2\x82\xac'.decode())
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print('é'.encode('latin-1'), b'\xe9'.decode('latin-1'))
print('abc'.encode('ascii', 'strict'), 'aé'.encode('ascii', 'replace'))
