from urllib.parse import urlparse, urlunparse, urljoin, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, unquote_plus, urlsplit, urldefrag
import html, uuid, secrets, string
u = urlparse('https://user:pw@example.com:8080/path/to/page.html;params?q=1&r=two+words&q=3#frag')
print(u, u.hostname, u.port, u.username, u.password, u.netloc, u.geturl())
print(parse_qs(u.query), parse_qsl(u.query), urlencode({'a': 1, 'b': 'x y', 'c': ['p', 'q']}, doseq=True), urlencode([('k', 'é&')]))
print(urljoin('http://a/b/c/d;p?q', '../g'), urljoin('http://a/b/c/', '/x'), urljoin('http://a/b', 'https://o/p'), urljoin('http://a/b/c', '?y'))
print(quote('a b/c?d=é'), quote('a b/c', safe=''), quote_plus('a b&c'), unquote('%E2%82%AC%20x'), unquote_plus('a+b%21'), urlsplit('mailto:x@y.z'), urldefrag('http://x/y#z'))
print(urlunparse(('http', 'h', '/p', '', 'a=1', 'f')), urlparse('//host/path').netloc, urlparse('file:///etc/passwd').path, urlparse('http://[::1]:80/').hostname)
try:
    urlparse('http://h:99999/').port
except ValueError as e:
    print(type(e).__name__, e)
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('"q"', quote=False), html.unescape('&lt;p&gt; &amp;amp; &#39; &#x27; &eacute; &nbsp;| &notanentity;'))
from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print('start', tag, attrs)
    def handle_endtag(self, tag): print('end', tag)
    def handle_data(self, data):
        if data.strip(): print('data', repr(data))
    def handle_comment(self, c): print('comment', c)
P().feed('<html><body class="x" id=y><p>Hi &amp; bye<br/></p><!-- note --><img src="a.png" alt></body></html>')
x = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(x, x.hex, x.int, x.version, repr(x), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid3(uuid.NAMESPACE_URL, 'http://x'), x.urn, x.bytes[:4])
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.choice('ab') in 'ab', 0 <= secrets.randbelow(10) < 10, len(secrets.token_urlsafe(12)), uuid.uuid4().version)
try:
    uuid.UUID('nothex')
except ValueError as e:
    print(type(e).__name__, e)
