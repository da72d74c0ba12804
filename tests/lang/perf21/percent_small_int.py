# "%d" % small int writes the digits directly (str_percent.c fmt_int's fast path): every
# flag, width and precision, the bounds of the small ints (2**61 - 1, -2**61) and just
# past them (heap ints take the old path), bools, int subclasses, floats, bytes.
vals = [0, 1, -1, 7, -7, 10, 99, 100, -100, 2003, 12345678901234, -12345678901234,
        2**61 - 1, -2**61, 2**61, -2**61 - 1, 2**62, -2**62, 2**100, -2**100, True, False,
        3.7, -3.7, 1e20]
for v in vals:
    print("key%d|%5d|%-5d|%05d|%+d|% d|%.3d|%i|%u|%10.4d|%-+8d|%x|%o|%X|%#x" %
          (v, v, v, v, v, v, v, v, v, v, v, int(v), int(v), int(v), int(v)))
print(b"k%d %5d %-4d|" % (12, -3, 0))
class I(int):
    pass
print("%d %d %s" % (I(5), I(-12), "%d" % I(2**70)))
print("%(a)d-%(b)05d" % {"a": -9, "b": 42})
print("".join("key%d " % (i % 2003) for i in range(0, 6000, 997)))
for bad in ["x", None, [1]]:
    try:
        "%d" % bad
    except TypeError as e:
        print("TypeError:", e)
