# str()/repr()/f-string/format/%-format of ints: the small-int digit path of int_text.c
# int_to_str next to the StrBuilder path of big ints, negatives and int subclasses.
vals = [0, 1, -1, 9, 10, -10, 99, 100, 2**31, -2**31, 2**60, -2**60, 2**62 - 1, -2**62, 2**62, -2**62 - 1, 2**63, 2**64, -2**64, 10**18, -10**18, 10**19, True, False]
for v in vals:
    print(str(v), repr(v), f"{v}", "{}".format(v), "%d" % v, "%s" % v, format(v), str(-v) if not isinstance(v, bool) else "")
class I(int):
    pass
print(str(I(5)), repr(I(-5)), f"{I(7)}")
print(sum(len(str(i)) for i in range(-100000, 100000, 7)))
