# Match object edge cases: bool/large/bytes group indexes, defaults, type identity.
import re
m = re.match(r'(?P<a>x)(y)?', 'xz')
for f in [lambda: m.group(True), lambda: m.group(False), lambda: m[True], lambda: m.span(-1), lambda: m.start(3),
          lambda: m.groups(default=1), lambda: m.groupdict(default=2), lambda: m.start('a'), lambda: m.group(b'a'),
          lambda: m.start(1, 2), lambda: m.group(2**70), lambda: m.regs, lambda: m.lastgroup, lambda: m.__copy__() is m,
          lambda: type(m).__name__, lambda: type(m).__module__, lambda: repr(type(m)), lambda: m.expand(r'\g<a>\2'),
          lambda: re.match(b'(a)', bytearray(b'a')).group(1), lambda: m.string, lambda: bool(m)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
