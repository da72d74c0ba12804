import array
a = array.array('u'); a.frombytes(b'\x00\x00\x11\x00')
for f in [lambda: a[0], lambda: repr(a), lambda: a.tounicode(), lambda: a.tolist()]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
b = array.array('u', 'héllo\U0001f600')
print(b, len(b), b[1], b[-1], b.tounicode(), b.tobytes()[:8], b.count('l'), b.index('o'))
b[0] = 'H'; b.append('!'); b.extend('ab'); b.insert(1, '_'); print(b)
for bad in [lambda: b.append('xy'), lambda: b.append(1), lambda: b.__setitem__(0, b'a'), lambda: array.array('u', [1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print(array.array('u', array.array('u', 'xy')), 'é' in b, 'z' in b)
