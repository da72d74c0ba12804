import string
T = string.Template
cases = ['$a$b', '${a}b', '$$a', '$$$a', 'x$', '$ a', '${a', '${}', '${1}', '$_x1 $X', '$a.b', 'é$a',
         '$aé', '\n\n  $9', 'a$$', '${a}${a}$a']
for c in cases:
    t = T(c)
    try:
        r = t.substitute(a='A', b='B', _x1='U', X='x')
    except (KeyError, ValueError) as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(c), repr(r), repr(t.safe_substitute(a='A')), t.is_valid(), t.get_identifiers())
print(T('$x').substitute({'x': 1}, x=2), T('$x $y').safe_substitute({'x': 1}, y=[2]))
try:
    T('$x').substitute({}, {})
except TypeError as e:
    print('TypeError')
class AtT(T):
    delimiter = '@'
    idpattern = '[a-z][a-z0-9]*'
print(AtT('@a1 @@ @{b2} @C').safe_substitute(a1=1, b2=2), AtT.pattern.flags & 2 != 0)
class CaseT(T):
    flags = 0
    idpattern = '[a-z]+'
print(CaseT('$abc $ABC').safe_substitute(abc=1, ABC=2))
class DotT(T):
    delimiter = '.'
print(DotT('.x ..').substitute(x='y'))
print(T.delimiter, T.idpattern, T.braceidpattern, T.flags)
print(string.capwords('hello\tworld  x'), string.capwords('aBC dEF', None), string.capwords('a,b', ','))
