# Runs more of CPython's pure-Python standard library (text, parsing and data modules),
# imported under a cpy_ prefix from the directory run.sh prepares.
import cpy_fnmatch as fnmatch
import cpy_glob as glob
import cpy_html as html
import cpy_html_parser as html_parser
import cpy_ipaddress as ipaddress
import cpy_colorsys as colorsys
import cpy_graphlib as graphlib
import cpy_reprlib as reprlib
import cpy_getopt as getopt
import cpy_base64 as base64
import cpy_quopri as quopri
import cpy_keyword as keyword
import cpy_urllib_parse as up
import cpy_tomllib as tomllib
import cpy_configparser as configparser
import cpy_textwrap as textwrap
import cpy_netrc as netrc
import cpy_mimetypes as mimetypes
import io

print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'),
      fnmatch.translate('[!a-c]?x*'), fnmatch.fnmatchcase('A.PY', '*.py'))
print(glob.escape('a[b]*?'), glob.has_magic('x*'), glob.has_magic('plain'))
print(html.escape('<a href="x">&\'</a>'), html.unescape('&lt;&#65;&#x42;&amp;&eacute;&notanentity;'))


class P(html_parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        print('start', tag, attrs)

    def handle_endtag(self, tag):
        print('end', tag)

    def handle_data(self, data):
        print('data', repr(data))

    def handle_comment(self, data):
        print('comment', repr(data))

    def handle_entityref(self, name):
        print('entity', name)


p = P(convert_charrefs=False)
p.feed('<html><body class="x" id=y><!-- c --><p>Hi &amp; <b>bye</b></p><br/></body></html>')
p.close()

a = ipaddress.ip_address('192.168.1.10')
n = ipaddress.ip_network('10.0.0.0/30')
print(a, a.is_private, int(a), a + 5, list(n.hosts()), n.num_addresses, n.netmask)
print(ipaddress.ip_address('::1').is_loopback, ipaddress.IPv6Address('2001:db8::1').exploded)
print(list(ipaddress.ip_network('192.168.0.0/24').subnets(new_prefix=26)))
print(ipaddress.ip_interface('10.1.2.3/16').network, a in ipaddress.ip_network('192.168.0.0/16'))
try:
    ipaddress.ip_address('300.1.1.1')
except ValueError as e:
    print(e)
print([round(x, 4) for x in colorsys.rgb_to_hsv(0.2, 0.4, 0.6)],
      [round(x, 4) for x in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])
ts = graphlib.TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}})
order = list(ts.static_order())
print(order[0], order[-1], sorted(order[1:3]))
try:
    list(graphlib.TopologicalSorter({'a': {'b'}, 'b': {'a'}}).static_order())
except graphlib.CycleError as e:
    print('cycle', e.args[0])
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))


class R:
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<R %r>' % (self.items,)


r = R()
r.items = [r]
print(repr(r))
print(getopt.getopt(['-a', '-b', 'val', '--long=x', 'rest'], 'ab:', ['long=']))
print(getopt.gnu_getopt(['x', '-a', 'y', '--long', 'z'], 'a', ['long=']))
try:
    getopt.getopt(['-z'], 'a')
except getopt.GetoptError as e:
    print(e, e.opt)
print(base64.b64encode(b'hello world'), base64.b32encode(b'abc'), base64.b16decode(b'4142'),
      base64.urlsafe_b64encode(b'\xff\xfe'), base64.a85encode(b'hello'), base64.b85encode(b'hi'))
print(base64.b64decode('aGVsbG8='), base64.b32decode('MFRGG==='), base64.a85decode(b'BOu!rDZ'))
print(quopri.encodestring(b'caf\xe9 = ok\n'), quopri.decodestring(b'caf=E9 =3D ok'))
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), len(keyword.kwlist))
u = up.urlparse('https://user:pw@example.com:8080/p/a;x?q=1&r=2#frag')
print(u, u.hostname, u.port, u.username)
print(up.urlencode({'a': 'b c', 'd': ['1', '2']}, doseq=True), up.quote('a b/c?'), up.unquote_plus('a+b%21'))
print(up.parse_qs('a=1&a=2&b=3'), up.urljoin('http://x/a/b/c', '../d'), up.urlsplit('//h/p').netloc)
print(up.quote_plus('x&y=z'), up.urlunparse(('http', 'h', '/p', '', 'q=1', '')))
print(tomllib.loads('''
title = "T"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [ 8000, 8001 ]
enabled = true
temp = { cpu = 79.5, case = 72.0 }
[[items]]
x = 1
[[items]]
x = 0x1F
'''))
try:
    tomllib.loads('a = ')
except tomllib.TOMLDecodeError as e:
    print(e)
cp = configparser.ConfigParser()
cp.read_string('''
[DEFAULT]
base = /srv
[app]
path = %(base)s/app
debug = yes
count = 3
''')
print(cp.sections(), cp['app']['path'], cp.getboolean('app', 'debug'), cp.getint('app', 'count'))
cp['new'] = {'k': 'v'}
out = io.StringIO()
cp.write(out)
print(out.getvalue())
try:
    cp.get('app', 'missing')
except configparser.NoOptionError as e:
    print(e)
print(textwrap.indent('a\nb\n', '> '), textwrap.wrap('aaa bbb ccc ddd', 7))
nr = netrc.netrc.__new__(netrc.netrc)
nr.hosts, nr.macros = {}, {}
nr._parse('<s>', io.StringIO('machine m login u password p\ndefault login d password q\n'), False)
print(nr.authenticators('m'), nr.authenticators('other'))
mt = mimetypes.MimeTypes()
print(mt.guess_type('a.html'), mt.guess_type('b.tar.gz'), mt.guess_extension('image/png'))
