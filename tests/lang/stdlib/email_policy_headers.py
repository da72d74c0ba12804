# email.headerregistry header objects and the parse trees behind them
# (email._header_value_parser): values, attributes and defects.
from email.headerregistry import HeaderRegistry, Address, Group
from email import _header_value_parser as hvp
from email import errors
import datetime

reg = HeaderRegistry()

def show(name, value):
    try:
        h = reg(name, value)
    except Exception as e:
        print(name, repr(value), 'EXC', type(e).__name__, e)
        return None
    print(name, repr(value), '->', repr(str(h)), type(h).__name__, h.max_count,
          [type(d).__name__ + ':' + str(d) for d in h.defects])
    return h

addresses = [
    'Fred <fred@example.com>', '"A. Person" <ap@x.org>', 'grp: a@b, c@d;',
    '(comment) x@y.z', 'a@b, , c@d', 'Undisclosed recipients:;', 'a@b@c', '<>',
    'foo', '"quoted local"@example.com', 'x@[127.0.0.1]', 'x@[ 1.2.3.4 ]',
    'A (nick) B <a.b@c.d> (trailing)', 'John Q. Public <jqp@x.com>',
    '=?utf-8?q?J=C3=BCrgen?= <j@x.de>', 'éric <e@x.fr>', 'a@b (unclosed',
    '"unclosed <a@b>', '<@route1,@route2:user@host>', 'user @ host . com',
    'a.@b', '.a@b', 'a..b@c', 'a\\b@c', 'first.last@sub.example.org',
    'Group One: a@b; Group Two: "X" <x@y>, z@w;', 'missing <angle@x', 'x@y>',
    '', ' ', 'bad@', '@bad', 'Name <local>', 'a@b,,c@d', 'g: ;', 'g:a@b',
    'tab\tname <t@x>', 'München Office <m@x.de>, "Dépt" <d@x.fr>',
]
for a in addresses:
    h = show('To', a)
    if h is not None:
        print('   groups', h.groups)
        print('   addrs', [(x.display_name, x.username, x.domain, x.addr_spec, str(x)) for x in h.addresses])
for a in ['Fred <fred@example.com>', 'a@b, c@d', '']:
    h = show('Sender', a)
    try:
        print('   address', h.address)
    except ValueError as e:
        print('   ValueError', e)

# objects as values
h = reg('Cc', [Address('Fred', 'fred', 'example.com'), Group('team', [Address('A B', addr_spec='ab@x.y'), Address(username='c', domain='d')])])
print(repr(str(h)), h.groups)
h = reg('From', Address('Dr. No', 'no', 'spectre.org'))
print(repr(str(h)), h.addresses)
print(repr(Address(addr_spec='"weird local"@x.com')), Address(addr_spec='"weird local"@x.com').addr_spec)
for args in [dict(addr_spec='a@b', username='x'), dict(addr_spec='a@b c'), dict(addr_spec='a b@c'),
             dict(display_name='x\ny'), dict(addr_spec='@x')]:
    try:
        print(Address(**args))
    except Exception as e:
        print(type(e).__name__, e)
print(str(Address()), Address('x', 'y', 'z') == Address('x', 'y', 'z'), Address('x') == 'x')
print(str(Group()), str(Group('g')), str(Group('a,b', [Address('n', 'u', 'd')])), repr(Group('g')))
print(str(Group(None, [Address('', 'u', 'd')])), Group('g', []) == Group('g'))

subjects = ['plain', '', '  leading and trailing  ', '=?utf-8?q?caf=C3=A9?= and =?iso-8859-1?b?4Q==?=',
            '=?utf-8?q?a?= =?utf-8?q?b?=', 'x=?utf-8?q?glued?=', '=?utf-8?q?glued?=y',
            '=?bogus-charset?q?x?=', '=?utf-8?b?not base64!?=', '=?utf-8?q?bad', 'ctl\x01char',
            '=?utf-8?b?w6k?=', '=?utf-8?q?=FF?=', '=?unknown-8bit?q?=FF?=', 'tab\there',
            '=?utf-8*en?q?lang?=', '=?utf-8?q?sp ace?=', 'a\udcffb']
for s in subjects:
    show('Subject', s)
    h = show('X-Other', s)

for d in ['Tue, 24 Nov 2026 07:24:27 +0000', 'Mon, 1 Jan 2001 00:00:00 -0500', 'garbage', '',
          '1 Jan 2001 10:00 GMT', 'Fri, 13 Feb 2009 23:31:30 -0000']:
    h = show('Date', d)
    if h is not None:
        print('   ', h.datetime)
h = reg('Date', datetime.datetime(2020, 2, 29, 12, 30, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))))
print(repr(str(h)), h.datetime)
h = reg('Resent-Date', datetime.datetime(2020, 2, 29, 12, 30, 5))
print(repr(str(h)), h.max_count)

for ct in ['text/plain', 'text/plain; charset="utf-8"', 'TEXT/HTML; CHARSET=UTF-8; Format=Flowed',
           'multipart/mixed; boundary="----=_Part_0"', 'text', 'text/', '/plain', '',
           'text/plain; charset', 'text/plain; ; charset=x', 'text/plain junk; a=b',
           "application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A",
           "application/x-stuff; title*0*=us-ascii'en'This%20is%20even%20more%20; title*1*=%2A%2A%2Afun%2A%2A%2A%20; title*2=\"isn't it!\"",
           "text/plain; name*=utf-8''%C3%A9t%C3%A9.txt", "text/plain; name*=\"utf-8''quoted\"",
           'text/plain; a=1; a=2', 'text/plain; a*1=x; a*0=y', 'text/plain; a*01=x',
           "text/plain; n*=iso-8859-1''%E9", "text/plain; n*=bogus''%E9", 'text/plain; (comment) a = "b" (c)',
           'text/plain; a="unterminated', 'image/png; name=pic.png; x=\u00e9', 'text/plain;charset=us-ascii;',
           'message/rfc822', 'text/plain; a*=x', "text/plain; a*0*=utf-8'' ; a*1*=%C3%A9"]:
    h = show('Content-Type', ct)
    if h is not None:
        print('   ', h.content_type, h.maintype, h.subtype, dict(h.params))
for cd in ['attachment; filename="a.txt"', 'INLINE', '', 'attachment filename=x', 'form-data; name="f"; filename*=utf-8\'\'%E2%82%AC.txt', '; x=y']:
    h = show('Content-Disposition', cd)
    if h is not None:
        print('   ', h.content_disposition, dict(h.params))
for cte in ['base64', 'QUOTED-PRINTABLE', '', '7bit extra', '(c) 8bit', '"x"']:
    h = show('Content-Transfer-Encoding', cte)
    if h is not None:
        print('   ', h.cte)
for mv in ['1.0', '1.0 (produced by x)', '', '2', '1.', 'a.b', '1.0 extra', ' (c) ', '1 . 0']:
    h = show('MIME-Version', mv)
    if h is not None:
        print('   ', h.version, h.major, h.minor)
for mid in ['<abc@def.ghi>', ' <a.b@[1.2.3.4]> (c)', 'abc@def', '<abc>', '<a@b> extra', '', '<a b@c>', '<a@b', '<a@b c>']:
    show('Message-ID', mid)

# the parse tree
tree, rest = hvp.get_address_list('"A B" (c) <a@b.c>, x@y')
print(repr(rest), tree.token_type, [t.token_type for t in tree], repr(tree.value))
print(tree.ppstr())
print([m.display_name for m in tree.mailboxes], [m.addr_spec for m in tree.all_mailboxes], tree.comments)
for fn, text in [(hvp.get_atom, ' (c) atom rest'), (hvp.get_dot_atom, 'a.b.c x'), (hvp.get_quoted_string, '"q\\"s" x'),
                 (hvp.get_comment, '(a (nested) \\) c) x'), (hvp.get_word, '=?utf-8?q?x?= y'),
                 (hvp.get_local_part, 'a . b@c'), (hvp.get_domain, 'a . b'), (hvp.get_addr_spec, 'a@b'),
                 (hvp.get_msg_id, '<a@b>'), (hvp.get_token, 'tok;'), (hvp.get_phrase, 'a. b (c) d: x'),
                 (hvp.get_mailbox, '<a@b>'), (hvp.get_group, 'g: a@b;'), (hvp.get_angle_addr, '<>'),
                 (hvp.get_atom, '.x'), (hvp.get_dot_atom_text, 'a.'), (hvp.get_encoded_word, 'plain'),
                 (hvp.get_encoded_word, '=?utf-8?q?a?=b'), (hvp.get_cfws, ' (x) (y) z'), (hvp.get_parameter, 'n*0*=utf-8\'en\'%41'),
                 (hvp.get_value, '"quoted" more'), (hvp.get_section, '*12'), (hvp.get_section, '*x'),
                 (hvp.get_obs_route, '@a,@b:x'), (hvp.get_domain_literal, '[1.2.3.4]'), (hvp.get_qp_ctext, 'ab\\(c) d')]:
    try:
        tok, rest = fn(text)
        print(fn.__name__, repr(text), '->', tok.token_type, repr(str(tok)), repr(tok.value), repr(rest),
              [type(d).__name__ for d in tok.all_defects])
    except errors.HeaderParseError as e:
        print(fn.__name__, repr(text), 'HeaderParseError', e)
u = hvp.get_unstructured('=?utf-8?q?a?= =?utf-8?q?b?= c')
print(repr(str(u)), [repr(t) for t in u])
print(repr(hvp.parse_content_type_header('text/plain; a=b')), hvp.quote_string('a"b\\c'))
