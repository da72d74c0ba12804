from email.header import Header, decode_header, make_header
from email.charset import Charset
from email import errors
samples = ['plain text', '=?utf-8?q?Caf=C3=A9?= menu', '=?utf-8?b?Q2Fmw6k=?= =?utf-8?b?IG1lbnU=?=',
           '=?iso-8859-1?q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>', 'a =?utf-8?q?x?=  =?utf-8?q?y?= b',
           '=?UTF-8?B?w6k?=', '=?utf-8?q?a?=\n =?utf-8?q?b?=', '=?us-ascii?q?x?= =?iso-8859-1?q?y?=',
           '  lead =?utf-8?q?x?=', '=?utf-8?x?bad?=', '=?utf-8?q??=', 'x =?utf-8?q?_?= =?utf-8?q?z?=']
for s in samples:
    d = decode_header(s)
    print(repr(s), d)
    h = make_header(d)
    print(repr(str(h)), repr(h.encode()), h == str(h))
try:
    decode_header('=?utf-8?b?!!!?=')
except errors.HeaderParseError as e:
    print('HPE', e)
state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
words = ['alpha', 'beta;', 'gamma,', 'δέλτα', 'epsilon', 'x' * 30, 'café', '(paren)', 'a\\b', 'Zürich,', 'long' * 25, '東京', ';', ',']
charsets = [None, 'utf-8', 'iso-8859-1', 'us-ascii', 'utf-8']
for trial in range(200):
    n = 1 + rnd(14)
    cs = charsets[rnd(len(charsets))]
    ws = [words[rnd(len(words))] for _ in range(n)]
    seps = [' ', '  ', '\t', ' ', '']
    text = ''
    for w in ws:
        text += w + seps[rnd(len(seps))]
    try:
        h = Header(text, cs, header_name=['Subject', None, 'X-A-Very-Long-Header-Name'][rnd(3)], maxlinelen=[None, 40, 76, 0, 20][rnd(5)],
                   continuation_ws=[' ', '\t'][rnd(2)])
    except UnicodeError as e:
        print('UE', type(e).__name__)
        continue
    if rnd(3) == 0:
        try:
            h.append(ws[0], charsets[rnd(len(charsets))])
        except UnicodeError as e:
            print('UE2', type(e).__name__)
    print(repr(str(h)))
    print(repr(h.encode()))
    print(repr(h.encode(splitchars=' ', maxlinelen=50, linesep='\r\n')))
    print(decode_header(h))
h = Header('multi\nline text\n  indented', header_name='X')
print(repr(h.encode()))
h = Header('ünï\nline two', 'utf-8')
print(repr(h.encode()))
try:
    Header('x\nEvil: y').encode()
except errors.HeaderParseError as e:
    print('HPE', e)
h = Header(b'caf\xe9', 'iso-8859-1'); print(str(h), h.encode())
h = Header(b'caf\xe9', 'unknown-8bit'); print(repr(str(h)), h.encode())
h = Header(); h.append('a'); h.append('b'); h.append('c', 'utf-8'); h.append('d', 'utf-8'); print(repr(str(h)), h.encode(), h._chunks)
print(Header('x') == 'x', Header('x') != 'y')
