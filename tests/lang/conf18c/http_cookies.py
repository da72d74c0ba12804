# http.cookies: SimpleCookie parsing, quoting, output, Morsel attributes and pickling
import pickle
from http.cookies import SimpleCookie, BaseCookie, Morsel, CookieError

c = SimpleCookie()
c.load('chips=ahoy; vienna=finger; keebler="E=mc2; L=\\"Loves\\"; fudge=\\073;"')
print(repr(c))
print(c.output())
print(c['keebler'].value, repr(c['keebler'].coded_value))
c = SimpleCookie('Customer="WILE_E_COYOTE"; Version=1; Path=/acme')
print(c)
print(c['Customer']['path'], c['Customer']['version'])
c = SimpleCookie()
c['a'] = 'hello world; "x"'
c['a']['path'] = '/'
c['a']['secure'] = True
c['a']['httponly'] = True
c['a']['max-age'] = 60
c['a']['comment'] = 'a comment, here'
c['n'] = 7
print(c.output())
print(c.output(attrs=['path'], header='Cookie:', sep='|'))
print(c['n'].js_output())
print(sorted(c.keys()), type(c['n'].value))
m = Morsel()
try:
    m['bad'] = 1
except CookieError as e:
    print('CookieError', e)
try:
    m.set('path', 'v', 'v')
except CookieError as e:
    print('CookieError', e)
try:
    m.set('a b', 'v', 'v')
except CookieError as e:
    print('CookieError', e)
m.set('k', 'v', '"v"')
m2 = m.copy()
print(m == m2, m != m2, m2.key, m2.value, m2.coded_value, repr(m2))
m2.update({'Domain': 'x.org'})
print(m == m2, m2['domain'], m.isReservedKey('Max-Age'), m.setdefault('PATH', '/p'))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    d = pickle.loads(pickle.dumps(c, proto))
    print(proto, type(d).__name__, d.output() == c.output(), d['a'] == c['a'])
b = BaseCookie({'x': 'a b'})
print(repr(b), b.output())
bad = SimpleCookie('keebler=E=mc2; ') ; print(repr(bad))
bad = SimpleCookie('path=/; a=1') ; print(repr(bad))
bad = SimpleCookie('a=1; secure; $Version=1; b="x\\"y"') ; print(repr(bad), bad['a']['secure'], bad['a']['version'])
print(Morsel[str])
try:
    SimpleCookie('a="x\\012y"')
except CookieError as e:
    print('CookieError', e)
try:
    c['a']['path'] = 'x\ny'
except CookieError as e:
    print('CookieError', e)
c2 = SimpleCookie(); c2['z'] = 'q'; c2['z'] |= {'path': '/'}; print(c2)
