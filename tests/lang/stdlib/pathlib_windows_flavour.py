import pathlib
from pathlib import PureWindowsPath as W, PurePosixPath as P
for s in (r'C:\Users\x\file.TXT', 'c:/a/b', r'\\server\share\dir\f.py', r'\\server\share', 'C:rel\\x', r'\root\only', 'rel/a/./b', '', '.', 'C:', 'C:\\', '//host/share/x', r'\\?\C:\x'):
    w = W(s)
    print(repr(s), repr(w), str(w), w.drive, w.root, w.anchor, w.parts, w.name, w.suffix, w.is_absolute(), w.parent, w.as_posix())
print(W('C:/a') / 'b' / 'D:c', W('C:/a') / 'C:b', W('C:/a') / '/x', W('C:/a') / 'd:b', W('a', 'C:b', 'c'), W('c:/A') / r'\\srv\sh\y')
print(W('C:/A/B') == W('c:\\a\\b'), hash(W('C:/A')) == hash(W('c:/a')), W('a') < W('B'), W('a') == P('a'), sorted([W('b'), W('A')]))
print(W('C:/a/b.tar.gz').suffixes, W('C:/a/b').with_name('c.x'), W('C:/a/b.x').with_suffix('.y'), W('C:/a/b').relative_to('c:/A'), W('C:/x/y').relative_to('C:/'))
try:
    W('C:/a').relative_to('D:/a')
except ValueError as e:
    print(e)
try:
    W('C:/a/b').with_name('x\\y')
except ValueError as e:
    print(e)
print(W('C:/a/b.py').match('*.PY'), W('C:/a/b.py').match('c:/a/*.py'), W('C:/a/b.py').match('D:/a/*.py'), W('b.py').match('a/*.py'))
print(W('C:/a b/c').as_uri(), W(r'\\srv\sh\x y').as_uri(), W('nul').is_reserved(), W('C:/x/CON.txt').is_reserved(), W('x').is_reserved(), P('nul').is_reserved())
try:
    W('rel').as_uri()
except ValueError as e:
    print(e)
print(list(W('C:/a/b/c').parents), W('C:/a').parents[0], len(W('a/b').parents))
try:
    pathlib.WindowsPath('x')
except NotImplementedError as e:
    print(e)
print(pathlib.PurePath('a/b'), type(pathlib.PurePath('x')).__name__, W('C:/a').joinpath('b', 'c'), W(P('a/b')), P(W('a/b')) if False else '')
print(W('C:/a').is_relative_to('c:/'), W('C:/a/b').with_stem('z'), W('C:/').name, W('C:/').parent, W('C:/a').match('C:\\*'))
