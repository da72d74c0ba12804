import email
from email.parser import Parser, BytesParser, HeaderParser
from email.feedparser import FeedParser, BytesFeedParser
cases = [
 'Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/alternative; boundary=b\n\n--b\n\nx\n--a\n\ny\n--a--\n',
 'Content-Type: multipart/mixed; boundary=a\n\n--a\n\nx\n--ab\n\ny\n--a--',
 'Content-Type: multipart/mixed; boundary=a\n\n--a  \n\nx\n--a--  \nend',
 'Content-Type: message/rfc822\n\nContent-Type: multipart/mixed; boundary=q\n\n--q\n\nin\n--q--\n',
 'Content-Type: multipart/mixed; boundary="a"\n\n\n--a\n\n\n\n--a--\n\n',
 'Content-Type: multipart/mixed; boundary=a\n\npre1\npre2\n--a\nX: 1\n\n--a--\nepi1\nepi2',
 'Subject: no body',
 'Subject: crlf\r\nX: y\r\n\r\nbody\r\nline\r\n',
 'X: a\rY: b\r\rbody\r',
 'Content-Type: multipart/mixed; boundary=a\n\n--a\n--a\n--a--\n',
 'From: a\n\nFrom b\nbody\n',
 'Content-Type: text/plain\n\n\n\n',
 'Content-Type: multipart/related; boundary="=_x"; type="text/html"\n\n--=_x\nContent-ID: <c>\n\nhtml\n--=_x--\n',
]
for raw in cases:
    m = email.message_from_string(raw)
    print(repr(m.as_string()), m.as_string() == raw)
    print([(p.get_content_type(), repr(p.preamble), repr(p.epilogue), [type(d).__name__ for d in p.defects], p.get_payload() if isinstance(p.get_payload(), str) else len(p.get_payload())) for p in m.walk()])
    fp = FeedParser()
    for ch in raw:
        fp.feed(ch)
    print(fp.close().as_string() == m.as_string())
    print(repr(HeaderParser().parsestr(raw).get_payload()))
    bm = BytesParser().parsebytes(raw.encode(), headersonly=True)
    print(repr(bm.get_payload()), bm.is_multipart())
bf = BytesFeedParser()
bf.feed(b'A: \xe9\n\nx')
m = bf.close()
print(str(m['A']), repr(m.get_payload()))
print(email.message_from_string('a: b\n\nc').__class__.__name__)
import binascii

# review of session 15: a close boundary before any part, a 'From ' line as the last header,
# delivery-status blocks with body text and an empty one, uuencode edge cases
m = email.message_from_string('Content-Type: multipart/mixed; boundary="b"\n\ntext before\n--b--\nafter\n')
print([type(d).__name__ for d in m.defects], repr(m.get_payload()), repr(m.preamble), repr(m.epilogue))
print(repr(m.as_string()))
m = email.message_from_string('Subject: a\nFrom bar\n\nbody\n')
print(repr(m.get_payload()), repr(m.as_string()))
m = email.message_from_string('Content-Type: message/delivery-status\n\nReporting-MTA: dns; x\nfree text line\n\nAction: failed\n')
print([ (p.items(), p.get_payload()) for p in m.get_payload()])
print(repr(m.as_string()))
m = email.message_from_string('Content-Type: message/delivery-status\n\n')
print(len(m.get_payload()))
good = binascii.b2a_uu(b'hello world').decode()
for k, body in {'blankline': 'begin 644 f\n' + good + '\n`\nend\n', 'nobeginmode': 'beginning of text\n' + good + 'end\n', 'noend': 'begin 644 f\n' + good}.items():
    m = email.message_from_string('Content-Transfer-Encoding: x-uuencode\n\n' + body)
    print(k, repr(m.get_payload(decode=True)))
