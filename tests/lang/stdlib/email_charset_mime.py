import email.quoprimime as Q, email.base64mime as B
from email.charset import Charset, add_charset, QP
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
alphabet = 'ab =\t\n\r\xe9\xff.:_-xyzAB0'
for trial in range(300):
    n = rnd(200)
    s = ''.join(alphabet[rnd(len(alphabet))] for _ in range(n))
    ml = 4 + rnd(80)
    e = Q.body_encode(s, ml)
    print(repr(e), repr(Q.body_encode(s, ml, '\r\n')) == repr(e.replace('\n', '\r\n')), repr(Q.decode(e)), repr(Q.decode(e, '\r\n')))
    b = s.encode('latin1')
    print(Q.header_length(b), Q.body_length(b), B.header_length(b), repr(Q.header_encode(b)), repr(B.header_encode(b, 'utf-8')))
    print(repr(B.body_encode(b, ml)), repr(B.body_encode(b, ml, '\r\n')), B.decode(B.body_encode(b)) == b)
    print(repr(Q.header_decode(Q.header_encode(b)[15:-2])))
try:
    Q.body_encode('x', 3)
except ValueError as e:
    print(e)
print(repr(B.header_encode('')), repr(Q.header_encode(b'')), repr(Q.body_encode('')), repr(B.body_encode(b'')), B.decode(''), repr(Q.decode('')))
print(Q.header_check(ord(' ')), Q.header_check(ord('a')), Q.body_check(ord('=')), Q.body_check(ord(' ')), Q.quote('='), Q.unquote('=41'))
for name in ['us-ascii', 'utf-8', 'UTF-8', 'latin_1', 'iso-8859-15', 'big5', 'euc-jp', 'shift_jis', 'koi8-r', 'x-unknown', b'ascii', 'gb2312', 'cp949', 'unknown-8bit']:
    c = Charset(name)
    print(repr(c), str(c), c.input_charset, c.header_encoding, c.body_encoding, c.output_charset, c.input_codec, c.output_codec, c.get_output_charset())
    be = c.get_body_encoding()
    print(be if isinstance(be, str) else be.__name__, c == name if isinstance(name, str) else None, c != 'zzz')
for name, text in [('utf-8', 'Héllo wörld'), ('utf-8', 'plain'), ('iso-8859-1', 'café au lait'), ('us-ascii', 'abc'), ('koi8-r', 'привет')]:
    c = Charset(name)
    print(c.header_encode(text), repr(c.body_encode(text)), repr(c.body_encode(text.encode(c.output_codec or 'ascii'))))
    if name != 'us-ascii':
        print(c.header_encode_lines(text * 5, iter([30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130])))
try:
    Charset('caf\xe9')
except Exception as e:
    print(type(e).__name__, e)
try:
    add_charset('x', body_enc=3)
except ValueError as e:
    print(e)
add_charset('my-cs', QP, QP, 'utf-8')
c = Charset('my-cs'); print(c.output_charset, c.header_encoding)
