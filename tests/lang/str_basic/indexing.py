# String indexing with positive and negative indices, and IndexError.
s = 'python'
print(s[0], s[5], s[-1], s[-6])
print(type(s[0]).__name__, len(s[0]))
for i in [6, -7, 100]:
    try:
        s[i]
    except IndexError as e:
        print(i, type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False])
try:
    s[0] = 'P'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ''[0]
except IndexError as e:
    print(type(e).__name__, e)
