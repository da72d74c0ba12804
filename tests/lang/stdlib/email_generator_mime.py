import email, io, random
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.audio import MIMEAudio
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.header import Header
from email import encoders, errors
from email.utils import formataddr, formatdate

msg = MIMEMultipart(boundary='===============1234567890==')
msg['From'] = formataddr(('Alice Liddell', 'alice@example.com'))
msg['To'] = 'Bob <bob@example.org>, "Carol, C." <carol@example.org>'
msg['Subject'] = 'A fairly long subject line that will need to be folded because it goes on and on, past 78 columns'
msg['Date'] = formatdate(817000000)
msg['X-Unicode'] = Header('Grüße aus Köln, und noch viel mehr Text damit es gefaltet wird', 'utf-8', header_name='X-Unicode')
msg.preamble = 'This is a multi-part message in MIME format.'
msg.attach(MIMEText('Hello Bob,\nFrom here to there.\nCafé ☕\n', 'plain', 'utf-8'))
msg.attach(MIMEText('<p>plain ascii</p>', 'html'))
msg.attach(MIMEText('Latin text: Straße', 'plain', 'iso-8859-1'))
att = MIMEApplication(bytes(range(256)), Name='data.bin')
att.add_header('Content-Disposition', 'attachment', filename='data.bin')
msg.attach(att)
msg.attach(MIMEImage(b'GIF89a' + b'\x00' * 20))
msg.attach(MIMEImage(b'\x89PNG\r\n\x1a\n' + b'\x01' * 10, name='x.png'))
msg.attach(MIMEAudio(b'.snd' + b'\x00' * 30))
inner = email.message_from_string('From: x@y\nSubject: inner\n\ninner body\n')
msg.attach(MIMEMessage(inner))
nested = MIMEMultipart('alternative', boundary='inner-b', _subparts=[MIMEText('a'), MIMEText('b', 'html')])
msg.attach(nested)
msg.epilogue = ''
text = msg.as_string()
print(text)
print(str(msg) == text)
b = msg.as_bytes()
print(b.decode('ascii') == text, bytes(msg) == b)
print(repr(msg.as_string(maxheaderlen=40)[:600]))
print(repr(msg.as_string(unixfrom=False, policy=msg.policy.clone(linesep='\r\n'))[:300]))
back = email.message_from_string(text)
for part in back.walk():
    print(part.get_content_type(), part.get_filename(), part.get_content_charset(), repr(part.get_payload(decode=True))[:80] if not part.is_multipart() else len(part.get_payload()))
print(back.as_string() == text)
back2 = email.message_from_bytes(b)
print(back2.as_bytes() == b)
out = io.StringIO()
mf = email.message_from_string('Subject: s\n\nFrom the start\nline\n>From x\n')
Generator(out, mangle_from_=True, maxheaderlen=60).flatten(mf, unixfrom=False)
print(repr(out.getvalue()))
mf.set_unixfrom('From me@x Mon Jan  1 00:00:00 2001')
out = io.StringIO()
Generator(out, mangle_from_=True, maxheaderlen=60).flatten(mf, unixfrom=True)
print(repr(out.getvalue()))
out = io.StringIO()
DecodedGenerator(out).flatten(back)
print(out.getvalue())
out = io.StringIO()
DecodedGenerator(out, fmt='[%(maintype)s|%(subtype)s|%(description)s|%(encoding)s]').flatten(back)
print(out.getvalue())
raw8 = b'Subject: caf\xe9 \xff\nContent-Type: text/plain; charset="latin-1"\nContent-Transfer-Encoding: 8bit\n\ncaf\xe9\nFrom me\n'
m8 = email.message_from_bytes(raw8)
print(type(m8['subject']).__name__, str(m8['subject']) if not isinstance(m8['subject'], str) else '')
print(repr(m8.as_string()))
print(repr(m8.as_bytes()))
out = io.BytesIO()
BytesGenerator(out, policy=m8.policy.clone(cte_type='7bit')).flatten(m8)
print(repr(out.getvalue()))
m9 = email.message_from_bytes(b'Content-Type: text/plain\n\nbody \xe9\n')
print(repr(m9.as_string()), repr(m9.as_bytes()))
random.seed(5)
mm = MIMEMultipart()
mm.attach(MIMEText('x'))
s = mm.as_string()
import re
print(re.findall(r'boundary="(=+\d+==)"', s) != [], len(re.findall(r'=+\d+==', s)))
print(Generator._make_boundary().startswith('=' * 15))
try:
    MIMEText('x').attach(MIMEText('y'))
except errors.MultipartConversionError as e:
    print('MCE', e, isinstance(e, TypeError))
for bad in [b'nothing', b'RIFF1234WAVEfmt ']:
    try:
        print(MIMEAudio(bad).get_content_type())
    except TypeError as e:
        print('TE', e)
for data in [b'\xff\xd8\xff\xdb', b'xxxxxxJFIF', b'MMxx', b'II', b'\x01\xda', b'P4 ', b'P5\n', b'P6\t', b'\x59\xA6\x6A\x95', b'#define x', b'BMxx', b'RIFFxxxxWEBP', b'\x76\x2f\x31\x01', b'none']:
    try:
        print(MIMEImage(data).get_content_type())
    except TypeError as e:
        print('TE', e)
try:
    MIMEMessage('not a message')
except TypeError as e:
    print('TE', e)
try:
    MIMEApplication(b'x', None)
except TypeError as e:
    print('TE', e)
print(MIMEApplication(b'raw', 'x-thing', _encoder=encoders.encode_noop).as_string())
print(MIMEBase('x', 'y', a='b').as_string())
print(MIMEText('x', _charset='utf-8').as_string())
m = email.message.Message(); m['X'] = 'a\nEvil: b'
try:
    m.as_string()
except (errors.HeaderWriteError, errors.HeaderParseError) as e:
    print(type(e).__name__)
m = email.message.Message(); m['X'] = 'ok'; m.set_payload(None); print(repr(m.as_string()))
m = email.message.Message(); m['Content-Type'] = 'multipart/mixed'; m.set_payload('raw multipart text'); print(repr(m.as_string()))
ds = email.message_from_string('Content-Type: message/delivery-status\n\nA: 1\nB: 2\n\nC: 3\n')
print(repr(ds.as_string()))
sig = email.message_from_string('Content-Type: multipart/signed; boundary=s\n\n--s\nX-Long: ' + 'word ' * 30 + '\n\nbody\n--s--\n')
print(repr(sig.as_string()))
