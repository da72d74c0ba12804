# ~ of a re flag keeps bits beyond the known flags (IntFlag KEEP boundary): repr shows
# them as hex (test_re test_flags_repr).
import re
print(repr(re.A|re.L|re.U|re.M|re.T|re.DEBUG|0xffe00), repr(~re.I), repr(re.I|re.S|re.X), repr(re.RegexFlag(0)), repr(re.I|0x100000))
print(str(re.I|re.M), str(re.RegexFlag(0)), str(re.I|0x100000))
print(repr(~(re.I|re.S|re.X|(1<<20))), repr(~(re.I|re.S|re.X)))
import enum
class P(enum.IntFlag, boundary=enum.KEEP):
    A = 1
    B = 2
print(repr(~(P.A | 8)), repr(~P.A), repr(P(12)), repr(~P(12)), int(~(P.A|8)))
