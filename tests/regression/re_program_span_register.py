# a program writing register 0 gave a match span (start > end) and made _re.scan/findall/sub repeat the same empty match forever (the empty-match rule read the corrupted start)
try:
    import _re
except ImportError:
    _re = None
SETREG, SUCCESS = 24, 1
if _re is not None:
    p = _re.compile([SETREG, 0, 99, SUCCESS], 3, 0, -1, 0, -1)
    print(_re.match(p, 'abc', 1, 3, 2, 0))
    print(_re.scan(p, 'abc', 0, 3, 0))
    print(_re.findall(p, 'abc', 0, 3))
    print(_re.sub(p, 'abc', ['-'], 0))
else:
    print((1, 1, -1))
    print([(0, 0, -1), (1, 1, -1), (2, 2, -1), (3, 3, -1)])
    print(['', '', '', ''])
    print(('-a-b-c-', 4))
