import string
from string import Template, Formatter
t = Template('$who likes ${what}s; $$5; $missing')
print(t.safe_substitute(who='Tim', what='apple'))
try:
    t.substitute(who='Tim', what='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('$1 bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('$a $b').substitute({'a': 1}, b=2), Template('${a}x').safe_substitute())
print(Template('bad $ end').safe_substitute(), Template('x').template)
print(Template('$a $b $$').get_identifiers(), Template('$a $').is_valid(), Template('$a').is_valid())
class T(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(T('%name is %age').safe_substitute(name='x'))
f = Formatter()
print(f.format('{0}-{x:>4}-{1!r}', 'a', 'b', x=5))
print(list(f.parse('a{0}b{x!r:>3}c{{}}')))
print(f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
class Def(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, '<%s>' % key)
        return super().get_value(key, args, kwargs)
print(Def().format('{known} {unknown} {0}', 'zero', known='K'))
try:
    f.format('{0}')
except IndexError as e:
    print('IndexError', e)
try:
    f.format('{a')
except ValueError as e:
    print('ValueError', e)
try:
    '{0:d}'.format('x')
except ValueError as e:
    print('ValueError', e)
try:
    '{!x}'.format(1)
except ValueError as e:
    print('ValueError', e)
try:
    '{0}{}'.format(1, 2)
except ValueError as e:
    print('ValueError', e)
print(string.capwords(' hello   world  foo '), string.capwords('a-b c-d', '-'))
print(string.ascii_letters[:5], string.digits, string.hexdigits, string.punctuation[:10], repr(string.whitespace))
print('{:*^11}|{:+.2e}|{:,}|{:_x}|{:#o}|{:08.3f}|{:%}'.format('mid', 12345.678, 1234567, 255 ** 3, 8, -3.14159, 0.25))
print(format(1234.5, '>12,.1f'), format('s', '<5') + '|', format(42, '=+8'), format(3, 'c') if False else format(65, 'c'))
print('%-6s|%6.2f|%x|%r|%5d%%' % ('ab', 3.14159, 255, 'q', 7))
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%s %s' % (1,)
except TypeError as e:
    print('TypeError', e)
