import string
print(repr(string.whitespace), string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation, repr(string.printable))
print(string.capwords(' hello   wORLD  foo '), string.capwords('a-b-c', '-'), string.capwords(''))
T = string.Template
t = T('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), t.template)
for tmpl, kw in [('$who and $missing', {'who': 1}), ('bad $ here', {}), ('line1\nx $1', {}), ('${', {}), ('$', {})]:
    try:
        print(T(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(T(tmpl).safe_substitute(**kw), T(tmpl).is_valid())
class D(T):
    delimiter = '%'
    idpattern = '[a-z]+'
print(D('%a and %%b %{cc}').substitute(a=1, cc=3))
class P(T):
    pattern = r'''\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'''
print(P('#x ## #{y}').substitute(x='X', y='Y'))
class BI(T):
    braceidpattern = '[a-z ]+'
print(BI('${a b} $c').substitute({'a b': 1, 'c': 2}))
print(T('$ÿ').safe_substitute(), T('$A').substitute(A=1))
f = string.Formatter()
print(f.format('{0} {x} {0!r:>5} {x.real} {1[a]}', 3, {'a': 7}, x=2))
print(f.format('{:{w}.{p}f}|{!s}|{!a}', 3.14159, 'ü', 'é', w=10, p=2))
print(f.vformat('{a}{{}}{b}', (), {'a': 1, 'b': 2}), list(f.parse('a{b!r:c}d{{e}}{}f')))
print(f.get_field('0.imag', [5], {}), f.get_value(0, [9], {}), f.get_value('k', [], {'k': 1}))
for bad in ['{', '}', '{0!x}', '{}{0}', '{0}{}']:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key)
    def format_field(self, value, spec):
        return str(value).upper()
print(F().format('{a} {b}', a='x'))
