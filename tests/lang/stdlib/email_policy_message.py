# email.message.EmailMessage / MIMEPart with email.policy: building with
# set_content/add_*, the content manager's transfer-encoding choice, walking
# (get_body, iter_attachments, iter_parts) and serialising with each policy.
import email, email.policy
import random
random.seed(16)   # the boundaries made by the generator
from email.message import EmailMessage, MIMEPart, Message
from email.contentmanager import raw_data_manager, ContentManager
from email.headerregistry import Address

def fix_boundaries(msg):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary('==b%d==' % n)

msg = EmailMessage()
msg['Subject'] = 'Héllo wörld, a test message with a fairly long subject line to fold'
msg['From'] = Address('Fréd Smith', 'fred', 'example.com')
msg['To'] = ['a@b.c', 'Bob <bob@x.y>']
msg['Date'] = 'Tue, 24 Nov 2026 07:24:27 +0000'
msg['Message-ID'] = '<1234@example.com>'
msg.set_content('Hello there.\nThis is plain.\n')
msg.add_alternative('<p>Hello <b>there</b> é</p>\n', subtype='html')
msg.add_attachment(b'\x00\x01\x02binary' * 20, maintype='application', subtype='octet-stream', filename='data.bin')
msg.add_attachment('naïve text ' * 30, filename='nötes.txt')
inner = EmailMessage()
inner['Subject'] = 'inner'
inner.set_content('inner body\n')
msg.add_attachment(inner)
fix_boundaries(msg)
print(msg.as_string())
print(bytes(msg).decode('utf-8', 'replace'))
print(str(msg))
print(msg.as_string(policy=email.policy.SMTP).count('\r\n'), len(msg.as_bytes(policy=email.policy.HTTP)))
print(msg.as_string(maxheaderlen=30)[:400])
print(msg.get_body().get_content_type(), repr(msg.get_body(('plain',)).get_content()))
for a in msg.iter_attachments():
    print(a.get_content_type(), a.get_filename(), repr(a.get_content() if a.get_content_maintype() != 'message' else a.get_content().as_string())[:70], a.is_attachment(), a['content-transfer-encoding'])
print([p.get_content_type() for p in msg.iter_parts()], list(msg.get_payload(0).iter_parts())[0].get_content_type())
print(msg.get_body(('related',)), msg['to'].addresses, msg['from'].addresses[0].display_name)

# transfer-encoding choice of set_content for text
texts = ['short ascii\n', 'short ütf\n', 'x' * 100 + '\n', 'é' * 100 + '\n', '\n'.join(['line é %d' % i for i in range(15)]),
         'ascii\n' * 12 + 'é', '', 'no newline', 'mostly ascii with one é in a long enough line to make qp win over base64 for sure\n' * 3,
         '\r\nmixed\rline\nends']
for t in texts:
    for kw in [{}, {'charset': 'latin-1'}, {'cte': 'base64'}, {'cte': 'quoted-printable'}, {'cte': '8bit'}, {'subtype': 'html', 'cte': '7bit'}]:
        m = EmailMessage()
        try:
            m.set_content(t, **kw)
            print(repr(t[:12]), kw, m['content-type'], m['content-transfer-encoding'], repr(m.get_payload()[:80]), repr(m.get_content()[:20]))
        except Exception as e:
            print(repr(t[:12]), kw, 'EXC', type(e).__name__, e)
for t in texts[:4]:
    m = EmailMessage(policy=email.policy.default.clone(cte_type='7bit'))
    m.set_content(t)
    print('7bit policy', m['content-transfer-encoding'], repr(m.get_payload()[:60]))

# bytes
for kw in [{}, {'cte': 'quoted-printable'}, {'cte': '7bit'}, {'cte': '8bit'}, {'cte': 'binary'}]:
    m = EmailMessage()
    try:
        m.set_content(b'bytes\tdata \xff\x00 here\n' * 3 if kw.get('cte') != '7bit' else b'plain bytes\n', 'image', 'png', **kw)
        print(kw, m['content-type'], m['content-transfer-encoding'], repr(m.get_payload()[:70]), m.get_content()[:20])
    except Exception as e:
        print(kw, 'EXC', type(e).__name__, e)
m = EmailMessage()
m.set_content(b'x' * 200, 'application', 'pdf', disposition='inline', filename='f.pdf', cid='<c@x>', params={'name': 'f.pdf'},
              headers=['X-Extra: yes', 'X-Two: 2'])
print(m.as_string())
for bad in [dict(headers=['X-Bad: a@b\x01']), dict(cte='bogus')]:
    m = EmailMessage()
    try:
        m.set_content('x', **bad)
        print(m.as_string())
    except Exception as e:
        print('EXC', type(e).__name__, e)

# message content
for kw in [{}, {'subtype': 'external-body'}, {'subtype': 'partial'}, {'cte': 'base64'}, {'subtype': 'news'}, {'subtype': 'external-body', 'cte': '8bit'}]:
    m = EmailMessage()
    try:
        m.set_content(inner, **kw)
        print(kw, m['content-type'], m['content-transfer-encoding'], m.get_content()['subject'] if m.get_content_subtype() != 'news' else m.get_content()[:30])
    except Exception as e:
        print(kw, 'EXC', type(e).__name__, e)

# errors and edge cases
m = EmailMessage()
m.make_mixed()
for call in [lambda: m.set_content('x'), lambda: m.make_related(), lambda: m.make_alternative(), lambda: m.get_content(),
             lambda: EmailMessage().set_content(1.5), lambda: ContentManager().get_content(EmailMessage()),
             lambda: m.__setitem__('Subject', 'a\nb'), lambda: (m.__setitem__('Subject', 'one'), m.__setitem__('Subject', 'two')),
             lambda: email.policy.strict.header_factory('To', 'a@'), lambda: MIMEPart().get_body()]:
    try:
        print(call())
    except Exception as e:
        print('EXC', type(e).__name__, e)
m = EmailMessage()
m['X'] = 'y'
m.set_content('body')
m.make_related(boundary='RB')
m.add_related(b'\x89PNG', 'image', 'png', cid='<img@x>')
m.add_alternative('alt')
print(m.as_string())
print(m.get_body().get_content_type(), [p.get_content_type() for p in m.iter_attachments()])
m.clear_content()
print(m.as_string(), m.get_payload())
m.clear()
print(repr(m.as_string()), m.keys())
p = MIMEPart()
p.set_content('part')
print(p.as_string(), 'MIME-Version' in p, type(p.policy).__name__)
m = EmailMessage()
m.add_attachment('first', filename='a.txt')
m.add_attachment(b'2', 'application', 'x', filename='b')
fix_boundaries(m)
print(m.as_string())
print([a.get_filename() for a in m.iter_attachments()], m.get_body())
old = Message()
old['Subject'] = 'compat'
old.set_payload('x')
m = EmailMessage()
m.set_content(old)
fix_boundaries(m)
print(m.as_string())
print(email.policy.default.header_max_count('Subject'), email.policy.default.header_max_count('X-Foo'),
      email.policy.compat32.header_max_count('Subject'))
p = email.policy.default + email.policy.SMTP.clone(max_line_length=50)
print(p, p.linesep, p.max_line_length, p.utf8, p.refold_source, p.cte_type, p.raise_on_defect, p.mangle_from_,
      p.verify_generated_headers, p.message_factory.__name__, p.content_manager is raw_data_manager)
for bad in [lambda: email.policy.default.clone(bogus=1), lambda: setattr(email.policy.default, 'utf8', True),
            lambda: email.policy.EmailPolicy(nope=2), lambda: email.policy.default + email.policy.compat32]:
    try:
        print(bad())
    except Exception as e:
        print('EXC', type(e).__name__, e)
print(email.policy.compat32, email.policy.EmailPolicy(utf8=True, linesep='\r\n').clone(header_factory=None))
print(email.policy.default.header_store_parse('To', 'a@b'), email.policy.default.header_fetch_parse('Subject', 'a\r\n b'))
print(email.policy.default.header_source_parse(['Subject: hello\r\n', ' world\r\n']))
