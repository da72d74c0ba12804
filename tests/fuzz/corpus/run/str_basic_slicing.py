# String slicing with start/stop/step, negatives, and out-of-range bounds.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[100:], s[-100:3], s[3:1], repr(s[5:5]))
print(s[-1:-4:-1], s[2:-2:3])
print(s[::3], s[-2::-3])
print(s[None:4], s[4:None], s[::None])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(s[1:8][::-1][1:3])
print('x'[1:], 'x'[:1])
