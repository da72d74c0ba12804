# A backtracking match over a long subject needs a deep backtrack stack (two words per
# entry), and a compiled pattern does not keep that stack after the match: with a 96 MiB
# heap the match, then a 24 MB list, then another match all fit (the stack used to take
# four words per entry and stay pinned to the pattern: MemoryError below 128 MiB).
import re
p = re.compile(r'(a|b)*c')
m = p.match('ab' * 100000 + 'c')
print(m.end(), m.group(1))
x = [None] * 3000000
print(len(x))
print(p.match('abc').span(), p.match('abab'))
q = re.compile(r'(?:x+?y)*?z')
print(q.match('xxy' * 20000 + 'z').end())
