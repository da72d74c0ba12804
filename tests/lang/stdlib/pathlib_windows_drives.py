# PureWindowsPath: UNC and extended (\\?\) drives, ASCII drive letters, the constructor rule
# (a drive resets) versus joinpath's (same drive continues), reserved names, ordering.
from pathlib import PureWindowsPath as W, PurePosixPath as P
cases = [r'C:\a', 'c:', r'\\?\C:\x', r'\\.\device\x', r'\\server', r'\\server\\share', '//server/share', r'\\\x', r'C:a\..\b', 'a:b:c', r'C:\a\\b', ' C:x', r'\\srv\sh\\', r'//?/UNC/srv/share/x', 'C:/', '\\', 'C:\\x\\']
for s in cases:
    w = W(s)
    print(repr(s), str(w), repr(w.drive), repr(w.root), w.parts, w.is_absolute(), w.name, str(w.parent))
print(W('c:/a', 'C:b'), W('C:/a', 'c:'), W('C:a', 'D:b', 'd:c'), W(r'\\s\h\a', r'\\S\H'), W('C:/a', r'\x'), W('x', r'\\srv\sh'))
print(W('C:/a').relative_to('C:'), W('C:a/b').relative_to('C:'), W('/a/b').relative_to('/'))
for a, b in [('C:/a/b', 'C:a'), ('C:/a', '/a'), ('a/b', 'A')]:
    try: print(W(a).relative_to(b))
    except ValueError as e: print(e)
print(W('C:/a/b.txt').with_suffix(''), W('a.b').with_suffix('.c'))
for s in ('\\x', '/x', '.', 'x'):
    try: print(W('a.b').with_suffix(s))
    except ValueError as e: print(e)
for s in ('', 'C:', 'a/b', 'a\\b', 'C:x', '..'):
    try: print(W('C:/a/b').with_name(s))
    except ValueError as e: print(e)
print(W('A/B') == W('a/b'), W('Ä') == W('ä'), W('ß') == W('SS'), hash(W('ẞ'))==hash(W('ß')))
print(W('C:/x').as_uri(), W('//h/s/a%b').as_uri())
print(W('a/b').match('A/*'), W('C:/a/b').match('/a/b'), W('/a/b').match('C:/a/b'), W('C:/a/b').match('**/b'))
print(W('C:\\').parts, W('C:\\').anchor, W(r'\\s\h').anchor, W(r'\\s\h\x').parent.parent, list(W(r'\\s\h\a\b').parents))
print(W('NUL.txt').is_reserved(), W('C:/a/nul ').is_reserved(), W('COM1:x').is_reserved(), W('C:/a/COM0').is_reserved(), W(r'\\s\h\nul').is_reserved(), W('com¹').is_reserved())
print(W('a') < W('B'), W('B') < W('a'), sorted([W('b'),W('A'),W('c')]))
for s in [r'\\\\?\\UNC\\srv\\share\\x', r'\\\\?\\UNC\\srv', r'\\\\?\\UNC', r'\\\\?\\x', r'\\\\?\\C:', r'\\\\?\\C:\\x', r'\\\\?\\UNC\\srv\\sh', r'\\\\?\\unc\\s\\h\\x', r'\\\\.\\UNC\\s\\h', 'é:x', '1:x', r'\\\\?\\\\\\x', r'\\\\?\\UNC\\\\s']:
    s = s.replace('\\\\', '\\')
    w=W(s); print(repr(s), repr(w.drive), repr(w.root), w.parts, w.is_absolute())
print(W('C:/a').joinpath('D:x', 'd:y'), W('C:/a').joinpath('c:x', 'y'), 'D:/q' / W('C:b'), 'c:/q' / W('C:b'), W('C:/a') / W('c:'), W('a') / W('C:'), W('C:/a').joinpath(), W('C:a').joinpath('', '.'))
print(P('/a').joinpath('//x', 'y'), P('a').joinpath('b', '/c', 'd'), P('/a') / '', 'x' / P('/y'), P('a').joinpath(P('b'), 'c'))
