# Smaller parts of the email API the modern tests use: Policy is abstract,
# feedparser.BufferedSubFile, iterators._structure, the address helpers of
# email.utils, defects through a policy's register_defect.
import email, email.policy, email.utils, io
from email import utils, iterators, errors
from email.feedparser import BufferedSubFile, NeedMoreData
from email.parser import HeaderParser, Parser

for make in [lambda: email.policy.Policy(), lambda: email.policy.Compat32(), lambda: email.policy.EmailPolicy(utf8=True)]:
    try:
        print(type(make()).__name__)
    except TypeError as e:
        print('TypeError', e)

# line buffering: pieces, '\r' waiting for '\n', end-of-part matchers
state = 99
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n
text = ''.join('abc \t\r\n\x0c'[rnd(8)] for _ in range(600)) + '\n'
bsf = BufferedSubFile()
got = []
for i in range(0, len(text), 1 + rnd(7)):
    bsf.push(text[i:i + 5])
pos = 0
bsf = BufferedSubFile()
while pos < len(text):
    n = 1 + rnd(7)
    bsf.push(text[pos:pos + n])
    pos += n
    got.extend(iter(bsf.readline, NeedMoreData))
print(got == text.splitlines(True), len(got), ''.join(got) == text, got[-6:])
bsf = BufferedSubFile()
bsf.push('one\r')
print(repr(bsf.readline() is NeedMoreData))
bsf.push('\ntwo\nthree')
print(repr(bsf.readline()), repr(bsf.readline()), bsf.readline() is NeedMoreData)
bsf.push_eof_matcher(lambda line: line.startswith('--'))
bsf.push('\n--end\nafter\n')
print(repr(bsf.readline()), repr(bsf.readline()), repr(bsf.readline()))
print(bsf.pop_eof_matcher()('--x'), repr(bsf.readline()), repr(bsf.readline()))
bsf.unreadline('back\n')
bsf.push('tail')
bsf.close()
print(list(bsf), repr(bsf.readline()))

msg = email.message_from_string('''Content-Type: multipart/mixed; boundary=b

--b
Content-Type: multipart/alternative; boundary=c

--c

plain
--c
Content-Type: text/html

html
--c--
--b
Content-Type: message/rfc822

Subject: inner

x
--b--
''')
out = io.StringIO()
iterators._structure(msg, out)
iterators._structure(msg, out, include_default=True)
print(out.getvalue())

print(list(utils._iter_escaped_chars(r'a\\b\"c\\"d')), list(utils._iter_escaped_chars('a\\')))
for t in ['a@b (Alice)', 'a@b )Alice(', 'a@b (Alice))', 'a@b ((Alice)', '")Alice((" a@b', '']:
    print(repr(t), utils._check_parenthesis(t))
for sep in '()<>[]@;:."':
    address = 'alice@example.org' + sep + '<bob@example.com>'
    print(repr(address), utils.getaddresses([address]), utils.getaddresses([address], strict=False),
          utils.parseaddr([address]), utils.parseaddr([address], strict=False), utils.parseaddr(address, strict=False))
print(utils.parseaddr(['a@b', 'c@d'], strict=False), utils.parseaddr([], strict=False), utils.parseaddr(5))

class Capture(email.policy.EmailPolicy):
    seen = None
    def register_defect(self, obj, defect):
        self.seen.append((type(obj).__name__, type(defect).__name__))
p = Capture()
object.__setattr__(p, 'seen', [])
for src in ['Content-Type: multipart/alternative;\n\nBlah\n', 'Content-Type: multipart/mixed; boundary=x\n\n--x\n\nhi\n--x--\n']:
    m = email.message_from_string(src, policy=p)
    print(p.seen, m.defects)
    print(HeaderParser().parsestr(src).defects, Parser().parsestr(src, headersonly=True).defects)
m = email.message_from_bytes(b'From: a@b\nContent-Type: multipart/mixed; boundary="1"\nContent-Transfer-Encoding: \xc8\n')
print(m.defects, repr(str(m['content-transfer-encoding'])))
print(email.utils.supports_strict_parsing)
