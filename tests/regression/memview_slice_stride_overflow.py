# memoryview slicing multiplied strides in signed 64-bit: m[::2**62][::2**62] overflowed (UB, UBSan report); strides now wrap like CPython's
m = memoryview(b'abcdefghij')
for a, b in [(2**62, 2**62), (-2**62, 2**62), (3, 2**62), (7, 2**62), (2**63 - 1, -2**63), (-1, -2**63)]:
    y = m[::a][::b]
    print(len(y), y.strides, y.tobytes(), y.tolist(), y[::-1].tobytes(), y.contiguous)
    z = y[::b][::a][::-1]
    print(len(z), z.tobytes())
x = m[::3][::-2][::5]
print(x.tobytes(), x.strides)
print(m[3:3][::-5].strides, m[3:3][::-5].tobytes())
# an empty slice of a huge-stride view: its start (one stride past the end) overflowed
n = memoryview(bytes(range(20)))
for v in [n[19:][::2**63 - 1][1:], n[::2**62][::-(2**63 - 1)][1:], n[::-1][::-(2**62)][5:], n[10:][::-(2**63 - 1)][1:]]:
    print(len(v), v.tolist(), v.strides, v[::-1].tolist())
