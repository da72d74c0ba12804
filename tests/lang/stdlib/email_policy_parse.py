# Parsing real-looking messages with policy=email.policy.default (and SMTP,
# strict, utf8): header objects from source, defects, walking the parts,
# get_body/get_content/iter_attachments, and writing the message back.
import email, email.policy, io
from email import message_from_string, message_from_bytes, message_from_file, message_from_binary_file
from email.parser import BytesParser, Parser, HeaderParser
from email.generator import Generator, BytesGenerator

SRC = '''Return-Path: <bounce@lists.example.org>
Received: from mail.example.org (mail.example.org [192.0.2.1])
\tby mx.example.com with ESMTPS id abc123
\tfor <you@example.com>; Tue, 24 Nov 2026 07:24:27 +0000
From: =?utf-8?q?Andr=C3=A9?= Pirard <pirard@example.be>
To: you@example.com, "Doe, Jane" <jane@example.com>,
 team: x@y.z, w@v.u;
Cc: (nobody)
Subject: =?iso-8859-1?q?Caf=E9?= meeting =?utf-8?b?4pi V?= notes and a rather long subject that needs refolding when written
Date: Tue, 24 Nov 2026 07:24:27 +0000
Message-ID: <20261124072427.1234@mail.example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"
X-Weird: =?utf-8?q?broken

This is a multi-part message in MIME format.

--outer
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 at 10:00.
A soft=
 break.

--alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PHA+Q2Fmw6kgYXQgMTA6MDA8L3A+Cg==

--alt--

--outer
Content-Type: application/pdf; name="agenda.pdf"
Content-Disposition: attachment; filename*=utf-8''%C3%A4genda.pdf
Content-Transfer-Encoding: base64

JVBERi0xLjQKJeLjz9MK

--outer
Content-Type: message/rfc822
Content-Disposition: inline

From: inner@example.com
Subject: forwarded
Content-Type: text/plain

inner text

--outer
Content-Type: text/plain
Content-Disposition: attachment; filename=notes.txt

just notes
--outer--
epilogue
'''

def walk(msg, depth=0):
    for part in msg.iter_parts() if depth else [msg]:
        pass
    for part in msg.walk():
        print('  ', part.get_content_type(), part.get_content_disposition(), part.get_filename(),
              part.is_attachment(), [type(d).__name__ for d in part.defects])

for policy_name in ['default', 'SMTP', 'SMTPUTF8', 'HTTP']:
    policy = getattr(email.policy, policy_name)
    msg = message_from_string(SRC, policy=policy)
    print(policy_name, type(msg).__name__, msg.policy is policy)
    for name, value in msg.items():
        print('  ', name, type(value).__name__, repr(str(value)), [type(d).__name__ for d in value.defects])
    print('  to', msg['to'].addresses, msg['to'].groups[2].display_name)
    print('  cc', msg['cc'].addresses, repr(str(msg['cc'])))
    print('  date', msg['date'].datetime, msg['mime-version'].version, msg['content-type'].params['boundary'])
    walk(msg)
    body = msg.get_body()
    print('  body', body.get_content_type(), repr(body.get_content()))
    print('  plain', repr(msg.get_body(('plain',)).get_content()))
    for att in msg.iter_attachments():
        c = att.get_content()
        print('  att', att.get_content_type(), att.get_filename(), repr(c if not hasattr(c, 'keys') else c['subject']))
    out = msg.as_string()
    print(out[:1200])
    print(repr(msg.as_bytes()[:900]))
    print(out == SRC, len(out), str(msg) == out)

# bytes with 8-bit headers and body, undecodable bytes
RAW = (b'From: J\xc3\xbcrgen <j@x.de>\nTo: a@b\nSubject: caf\xe9 latin-1 in header\nX-Utf8: \xe2\x82\xac euro\n'
       b'Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\nbody \xc3\xa9 utf-8 \xff bad\n')
for policy in [email.policy.default, email.policy.default.clone(cte_type='7bit'), email.policy.SMTPUTF8]:
    msg = message_from_bytes(RAW, policy=policy)
    print([(k, str(v), [type(d).__name__ for d in v.defects]) for k, v in msg.items()])
    print(repr(msg.get_content()))
    print(repr(msg.as_bytes()))
    try:
        print(repr(msg.as_string()))
    except Exception as e:
        print('EXC', type(e).__name__, e)
    s = io.BytesIO()
    BytesGenerator(s, policy=policy).flatten(msg)
    print(repr(s.getvalue()))

# malformed messages and their defects
BAD = ['From: foo bar\nTo: ,,,\nSubject: x\nContent-Type: multipart/mixed\n\nno boundary\n',
       'Content-Type: text/plain; charset="unterminated\nMIME-Version: one\nMessage-ID: not-an-id\n\nx\n',
       'Content-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/plain\n\nonly part\n',
       'Date: not a date\nTo: "unclosed <a@b>\nContent-Transfer-Encoding: base64\n\naGVsbG8=x\n',
       'Subject: one\nSubject: two\nFrom: a@b\n\n',
       ' continuation first\nX: y\n\nbody\n',
       'Content-Type: text/html; charset=bogus-cs\n\n<p>x</p>\n']
for src in BAD:
    msg = message_from_string(src, policy=email.policy.default)
    print([type(d).__name__ for d in msg.defects])
    for k, v in msg.items():
        print('  ', k, repr(str(v)), [type(d).__name__ + ':' + str(d) for d in v.defects])
    try:
        print('  content', repr(msg.get_content())[:80])
    except Exception as e:
        print('  content EXC', type(e).__name__, e)
    print('  ', repr(msg.as_string()))
    try:
        message_from_string(src, policy=email.policy.strict)
        print('  strict ok')
    except Exception as e:
        print('  strict', type(e).__name__, e)

# headers only, file readers, generator options
msg = HeaderParser(policy=email.policy.default).parsestr(SRC)
print(type(msg['to']).__name__, repr(msg.get_payload()[:30]))
msg = message_from_file(io.StringIO(SRC), policy=email.policy.SMTP)
print(msg['subject'], msg.as_string().count('\r\n'))
msg = message_from_binary_file(io.BytesIO(RAW), policy=email.policy.default)
print(msg['from'])
for kw in [dict(maxheaderlen=40), dict(mangle_from_=True), dict(policy=email.policy.default.clone(max_line_length=30, linesep='\r\n'))]:
    s = io.StringIO()
    m = message_from_string('From: a@b\nSubject: ' + 'word ' * 20 + '\n\nFrom the body\n', policy=email.policy.default)
    Generator(s, **kw).flatten(m)
    print(kw.keys(), repr(s.getvalue()))
