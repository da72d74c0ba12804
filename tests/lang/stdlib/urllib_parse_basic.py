from urllib.parse import *
import urllib.parse
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for u in ['http://user:pw@www.Example.com:8080/a/b;p=1?q=1&r=2#frag', 'https://example.com', '//host/path', 'mailto:x@y.z',
          'file:///etc/passwd', '/just/a/path?x', 'relative/path#f', 'http://[::1]:80/x', 'HTTP://H/', 'a1+.-:stuff', '1abc:x',
          '  http://spaces.com/ ', 'http://e.com/p\tq\n', 'sip:alice@atlanta.com;transport=tcp', 'http://h/a;b/c;d', '']:
    r = urlparse(u)
    s = urlsplit(u)
    print(repr(u), r, s.geturl(), r.geturl())
    print('  ', r.username, r.password, r.hostname, r.port)
t(lambda: urlsplit('http://[::1/x'))
t(lambda: urlsplit('http://h:abc/').port)
t(lambda: urlsplit('http://h:99999/').port)
print(urlparse('x', scheme='ftp'), urlsplit('http://h/p#f', allow_fragments=False))
print(urlunparse(('http', 'h', '/p', 'a', 'q=1', 'f')), urlunsplit(('https', 'h', 'p', '', '')), urlunsplit(('file', '', '/tmp', '', '')), urlunsplit(('', '', 'a', '', '')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', 'g/./h', 'g/../h', 'https://other/x', 'mailto:x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://h/a/', ''), urljoin('http://h', 'x'), urljoin('http://h/a/b', '../../../x'))
print(urldefrag('http://h/p?q#frag'), urldefrag('http://h/p'), urldefrag('http://h/p#f').geturl())
for s in ['abc def', 'a/b c', '~user_name.x-y', 'ü€', '', 'a+b=c&d', "!*'();:@&=+$,/?#[]"]:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote(b'a b\xff'), quote('é', encoding='latin-1'), quote_from_bytes(b'x/y z', safe=b'/'), quote_plus(b'a b'))
t(lambda: quote(b'x', encoding='utf-8'))
t(lambda: quote(1))
t(lambda: quote_from_bytes('x'))
for s in ['abc%20def', '%E2%82%AC', '%zz%4', '%e9', 'a+b', '%C3%A9t%C3%A9 é %41', '100%', '%%41']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%e9', encoding='latin-1'), unquote(b'%41%42'), unquote_to_bytes(''), repr(unquote('')))
t(lambda: unquote(1))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2'], 'd': b'\xff', 'e': 5}, doseq=True))
print(urlencode([('k', 'v/w'), ('k', 'é')], safe='/'), urlencode([]), urlencode({'q': 'a b'}, quote_via=quote))
t(lambda: urlencode('abc'))
t(lambda: urlencode(5))
qs = 'a=1&b=2&a=3&empty=&noeq&c=x+y%21&=v'
print(parse_qsl(qs), parse_qsl(qs, keep_blank_values=True))
print(parse_qs(qs), parse_qs(qs, keep_blank_values=True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qsl(b'a=1&b=%20'), parse_qsl(''))
t(lambda: parse_qsl('a&b', strict_parsing=True))
t(lambda: parse_qsl('a=1&b=2', max_num_fields=1))
t(lambda: parse_qsl('a=1', separator=''))
print(urllib.parse.unwrap('<URL:type://host/path>'), urllib.parse.unwrap('x'))
print(type(urlparse('http://x')).__name__, urlparse('http://x')._fields, isinstance(urlsplit(''), tuple))
