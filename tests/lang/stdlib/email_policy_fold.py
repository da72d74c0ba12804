# Folding of header objects by email.policy (EmailPolicy.fold / fold_binary):
# seeded random unstructured, address and MIME headers at several line lengths,
# with non-ASCII text (encoded words, or kept with utf8=True), long words,
# comments, quoted strings and RFC 2231 parameters.
import email.policy
from email.headerregistry import Address

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return (state >> 8) % n

def pick(seq):
    return seq[rnd(len(seq))]

words = ['alpha', 'beta', 'gamma', 'δέλτα', 'epsilon', 'x' * 30, 'café', 'Zürich', 'long' * 22,
         '東京', 'naïve', 'a,b', 'semi;colon', '(paren)', '"quoted"', 'at@sign', 'dot.', 'ok',
         'résumé', 'Ünïcödé', '=?utf-8?q?ew?=', 'back\\slash', 'tab\there', 'end.', '€uro', 'w' * 80]
names = ['Fred', 'José Martínez', 'A. Person', '"Quoted, Name"', 'Über Langer Name Mit Vielen Wörtern',
         'x' * 50, 'Smith, John', 'Ω', '', 'plain name with several words in it']
users = ['fred', 'jose.m', 'a', 'very.long.local.part.of.an.address', 'x+tag']
domains = ['example.com', 'sub.domain.example.org', 'x.y', 'a' * 40 + '.com']
policies = [('default', email.policy.default), ('SMTP', email.policy.SMTP),
            ('SMTPUTF8', email.policy.SMTPUTF8), ('HTTP', email.policy.HTTP)]
lengths = [78, 40, 30, 60, 100, 0, None]
seps = [' ', '  ', ' ', '\t', ' ']

def text(n):
    out = ''
    for i in range(n):
        out += pick(words)
        if i < n - 1:
            out += pick(seps)
    return out

def address():
    name = pick(names)
    if rnd(3) == 0:
        return '{} <{}@{}>'.format(name, pick(users), pick(domains)) if name else '{}@{}'.format(pick(users), pick(domains))
    return Address(name.strip('"'), pick(users), pick(domains))

def header():
    kind = rnd(6)
    if kind <= 1:
        return pick(['Subject', 'X-Note', 'Comments', 'X-A-Rather-Long-Header-Name-Here']), text(1 + rnd(14))
    if kind == 2:
        addrs = [address() for _ in range(1 + rnd(5))]
        if all(isinstance(a, str) for a in addrs):
            return pick(['To', 'Cc', 'From']), ', '.join(addrs)
        return pick(['To', 'Cc', 'Reply-To']), [a if not isinstance(a, str) else Address(addr_spec='q@x.y') for a in addrs]
    if kind == 3:
        params = []
        for _ in range(rnd(4)):
            params.append('{}="{}"'.format(pick(['name', 'charset', 'boundary', 'format']), text(1 + rnd(4)).replace('"', '').replace('\\', '')))
        return 'Content-Type', '; '.join([pick(['text/plain', 'application/octet-stream', 'multipart/mixed'])] + params)
    if kind == 4:
        return 'Content-Disposition', 'attachment; filename="{}"'.format(text(1 + rnd(6)).replace('"', '').replace('\\', ''))
    return 'Subject', text(1 + rnd(3)) + ' ' + 'y' * (40 + rnd(80))

for trial in range(400):
    name, value = header()
    pname, policy = pick(policies)
    maxlen = pick(lengths)
    if rnd(2):
        policy = policy.clone(max_line_length=maxlen)
    try:
        h = policy.header_factory(name, value)
        folded = h.fold(policy=policy)
        print(trial, pname, policy.max_line_length, repr(folded))
        print('  ', policy.fold_binary(name, h))
    except Exception as e:
        print(trial, pname, policy.max_line_length, 'EXC', type(e).__name__, e)

# source values: refold_source none/long/all, undecodable bytes
for refold in ['none', 'long', 'all']:
    p = email.policy.default.clone(refold_source=refold, max_line_length=40)
    for v in ['short', 'a ' * 30, 'first line\n second line', 'x' * 60, 'undecodable \udce9 byte']:
        print(refold, repr(p.fold('Subject', v)), p.fold_binary('Subject', v))
        print('   ', p.clone(cte_type='7bit').fold_binary('Subject', v))
try:
    email.policy.default.clone(max_line_length=9).header_factory('Subject', 'é' * 10).fold(policy=email.policy.default.clone(max_line_length=9))
except Exception as e:
    print(type(e).__name__, e)
