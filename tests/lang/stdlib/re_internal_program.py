# The C matcher must survive malformed programs handed to _re directly (only re's compiler
# makes valid ones): every case ends in None, a match, or ValueError, never a crash.
# (CPython has no _re module: there the test just prints the summary line.)
try:
    import _re
except ImportError:
    _re = None
progs = [
    [], [99], [-5], [12, 1000], [12, -7], [13, 500, 1], [11, 999, 1], [11, -3, 1],
    [8, 1, 1], [8, 100, 1, 97, 0, 1], [9, 4, 1, 99], [14, 50, 0, -1, 0, 1000, 3],
    [15, 90, 0], [17, 80, 18, 80, 1], [18, 3, 1], [19, 77, 0, 5, 9, 1], [20, 3, 1, 1],
    [20, 3, 0, 1], [21, 40, 1], [22, 40, 1, 1], [23, 77, 1000], [24, 1000, 5, 1],
    [26, 1000, 1], [16, 0, -1, 0, 0, 2, 97, 1], [16, 5, 2, 1, 2, 2, 97, 1],
    [16, 0, 3, 1, 2, 2, 97, 1], [10, 99, 1], [25, 77, 1], [3, 97, 7, 1], [5, 97, 99, 1],
]
n = 0
if _re is not None:
    for code in progs:
        for nregs in (3, 5, 2000):
            try:
                p = _re.compile(code, nregs, 0, -1, 0, -1)
            except ValueError:
                n += 1
                continue
            for s in ('', 'abc', 'aé', b'ab'):
                for mode in (0, 1, 2):
                    try:
                        _re.match(p, s, 0, 10, mode, 0)
                        _re.scan(p, s, 0, 10, 3)
                        _re.findall(p, s, 0, 10)
                        _re.sub(p, s, ['x', 0], 2)
                    except (ValueError, TypeError):
                        pass
                    n += 1
    for bad in [(['x'], 3, 0, -1, 0, -1), ([1], 1, 0, -1, 0, -1), ([1], 3, -1, -1, 0, -1)]:
        try:
            _re.compile(*bad)
        except (ValueError, TypeError):
            n += 1
print('survived', n > 0 or _re is None)
