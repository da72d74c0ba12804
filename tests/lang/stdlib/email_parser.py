import email
from email import message_from_string, message_from_bytes
from email.parser import Parser, HeaderParser, BytesParser
from email.message import Message
import io

RAW = """From alice@example.com Mon Nov 20 19:12:08 1995
Received: from mail.example.com (mail.example.com [192.0.2.1])
\tby mx.example.org (Postfix) with ESMTP id 12345
\tfor <bob@example.org>; Mon, 20 Nov 1995 19:12:08 -0500
From: "Alice Q. Liddell" <alice@example.com>
To: Bob <bob@example.org>, carol@example.org (Carol C.)
Subject: =?utf-8?q?Caf=C3=A9?= menu
 for today
Date: Mon, 20 Nov 1995 19:12:08 -0500
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===BOUND==="

This is the preamble.
--===BOUND===
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 au lait,
soft=
 break.

--===BOUND===
Content-Type: application/octet-stream; name="data.bin"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="data.bin"

AAECAwQFBgcICQ==
--===BOUND===
Content-Type: multipart/alternative; boundary=inner

--inner
Content-Type: text/plain

plain
--inner
Content-Type: text/html

<p>html</p>
--inner--
inner epilogue
--===BOUND===
Content-Type: message/rfc822

From: x@y
Subject: inner

inner body
--===BOUND===--
The epilogue.
"""

def show(msg, depth=0):
    pad = '  ' * depth
    print(pad, msg.get_unixfrom(), msg.get_content_type(), msg.get_default_type(), msg.is_multipart(), repr(msg.preamble), repr(msg.epilogue), [type(d).__name__ for d in msg.defects])
    print(pad, msg.items())
    print(pad, msg.get_params(), msg.get_filename(), msg.get_boundary(), msg.get_content_charset(), msg.get_content_disposition())
    if msg.is_multipart():
        for p in msg.get_payload():
            show(p, depth + 1)
    else:
        print(pad, repr(msg.get_payload()), repr(msg.get_payload(decode=True)))

for raw in [RAW, RAW.replace('\n', '\r\n'), 'Subject: x\n\nbody', 'no headers here\n\nbody\n',
            'A: 1\n continued\nB:2\n', ' lead: x\nA: b\n\nz', 'A: 1\nFrom bad\nB: 2\n\nx',
            ':x\nA: 1\n\nb', 'Content-Type: multipart/mixed\n\nno boundary\n',
            'Content-Type: multipart/mixed; boundary=b\n\nno start\n',
            'Content-Type: multipart/mixed; boundary=b\n\n--b\n\npart\n',
            'Content-Type: multipart/mixed; boundary=b\nContent-Transfer-Encoding: base64\n\n--b\n\npart\n--b--',
            'Content-Type: multipart/digest; boundary=b\n\n--b\n\nSubject: d\n\nx\n--b--\n\n\nafter\n',
            'Content-Type: message/delivery-status\n\nA: 1\nB: 2\n\nC: 3\n',
            'Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nYWJj\nZA\n',
            'Content-Transfer-Encoding: base64\n\nYW!Jj\n', 'Content-Transfer-Encoding: x-uuencode\n\nbegin 666 f\n#86)C\n`\nend\n',
            '', '\n', 'A: b', 'From me\n\nx']:
    show(message_from_string(raw))
    print('---')
print(HeaderParser().parsestr(RAW).get_payload()[:40])
m = BytesParser().parsebytes(b'Subject: hi\nContent-Type: text/plain; charset=latin-1\nContent-Transfer-Encoding: 8bit\n\ncaf\xe9\n')
show(m)
m = message_from_bytes(b'Content-Transfer-Encoding: quoted-printable\n\n=41=42 c=\nd\n')
show(m)
m = email.message_from_file(io.StringIO('X: y\n\nfile body\n'))
show(m)
m = email.message_from_binary_file(io.BytesIO(b'X: y\n\nbin body\n'))
show(m)
class My(Message):
    pass
print(type(message_from_string('A: b\n\nc', My)).__name__, type(Parser(_class=My).parsestr('a: b')).__name__)
