from email.utils import *
import email.utils as U
addrs = ['Foo Bar <foo@bar.com>', 'foo@bar.com (Foo Bar)', '"Bar, Foo" <foo@bar.com>',
         'invalid', '', 'John.Smith@example.org', '"Joe Q. Public" <john.q.public@example.com>',
         'Mary Smith <@node.test:mary@example.net>', '<>', 'a@b@c.com', 'x@[1.2.3.4]',
         'Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>',
         'foo (a (nested) comment) <x@y.z>', 'foo bar@x.com', 'a@b.c, d@e.f',
         'Group: a@b.c, d@e.f;', '"unbalanced (" <x@y>', 'bad (( <x@y>',
         'User <user@example.com> (comment)', 'Jörg <j@x.de>', '  spaced  .  local @ dom . ain ',
         '"quoted\\"name" <q@x>', 'a@b.c,', ',a@b.c', 'Undisclosed recipients:;']
for a in addrs:
    print(repr(a), parseaddr(a), parseaddr(a, strict=False))
print(getaddresses(['a@b.c, "C, D" <d@e.f>', 'Group: x@y, z@w;']))
print(getaddresses(['a@b.c, "C, D" <d@e.f>', 'Group: x@y, z@w;'], strict=False))
print(getaddresses(['x (y', 'a@b']))
print(getaddresses(['Mary <mary@x>, [bad]@z']))
print(getaddresses(['Mary <mary@x>, [bad]@z'], strict=False))
for p in [('Foo Bar', 'foo@bar.com'), ('', 'a@b'), ('Bar, Foo', 'x@y'), ('a"b\\c', 'x@y'), ('Jörg Müller', 'j@x.de')]:
    print(formataddr(p))
try:
    formataddr(('a', 'jö@x'))
except UnicodeEncodeError as e:
    print('UEE', e)
dates = ['Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 1995 19:12:08 GMT', 'Mon Nov 20 19:12:08 1995',
         'Thu, 01 Jan 70 00:00:00 +0000', 'Tue, 1 Feb 2000 1:2 EST', '1 Feb 00 01:02:03 -0000',
         'garbage', '', 'Wed, 3 March 2021 10.11.12 PDT', '3-Mar-21 10:11:12 +0100',
         'Fri, 21 Nov 1997 09:55:06 -0600 (MDT)', 'Sat,12 Dec 2020 10:00:00+0200',
         '12 Dec 2020 10:00:00+0200', 'Dec 12 2020 10:00', 'Mon, 20 Nov 1995 19:12:08 XYZ',
         '20 Nov 1995 19:12', '20 foo 1995 19:12:08', 'Mon, 20 Nov 1995 1x:12:08 -0500']
for d in dates:
    print(repr(d), parsedate(d), parsedate_tz(d))
    try:
        print(parsedate_to_datetime(d))
    except ValueError as e:
        print('VE', e)
t = parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')
print(mktime_tz(t))
print(formatdate(0), formatdate(817000000.5, usegmt=True), formatdate(1e9))
import datetime
print(format_datetime(datetime.datetime(2020, 5, 6, 7, 8, 9)))
print(format_datetime(datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=-3, minutes=-30)))))
print(format_datetime(datetime.datetime(2020, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc), usegmt=True))
try:
    format_datetime(datetime.datetime(2020, 5, 6), usegmt=True)
except ValueError as e:
    print('VE', e)
print(U.quote('a"b\\c'), unquote('"a\\"b\\\\c"'), unquote('<x@y>'), unquote('"'), unquote('plain'))
print(encode_rfc2231('hello world'), encode_rfc2231('ünï', 'utf-8'), encode_rfc2231('x y', 'us-ascii', 'en'))
print(decode_rfc2231("utf-8'en'%C3%BC"), decode_rfc2231('plain'), decode_rfc2231("a'b"))
print(collapse_rfc2231_value(('utf-8', 'en', 'caf\xc3\xa9')), collapse_rfc2231_value('"x"'),
      collapse_rfc2231_value((None, None, 'abc')), collapse_rfc2231_value(('nope-cs', '', '"q"')))
print(decode_params([('text/plain', ''), ('charset', '"us-ascii"'), ('title*0*', "us-ascii'en'This%20is%20even%20more%20"),
                     ('title*1*', '%2A%2A%2Afun%2A%2A%2A%20'), ('title*2', '"isn\'t it!"'), ('name*', "utf-8''%E2%82%AC")]))
import re
m = make_msgid()
print(bool(re.fullmatch(r'<\d+\.\d+\.\d+@[^>]+>', m)))
m = make_msgid('abc', domain='example.com')
print(bool(re.fullmatch(r'<\d+\.\d+\.\d+\.abc@example\.com>', m)))
print(U.localtime(datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)).utcoffset() is not None)
print(sorted(U.__all__))
