# stringprep: every table (RFC 3454 A.1-D.2, the B.2/B.3 case folding) at a sample of
# code points over all planes; a checksum per table, and the members of each near the
# start so a wrong range shows where.
import stringprep

names = sorted(n for n in dir(stringprep) if n.startswith(("in_table_", "map_table_")))
points = list(range(0, 0x3400, 3)) + list(range(0x3400, 0x110000, 4099)) + [
    0xD800, 0xDFFF, 0xE000, 0xF8FF, 0xFFFE, 0xFFFF, 0xE0001, 0xE007F, 0x10FFFD, 0x10FFFF]
for name in names:
    f = getattr(stringprep, name)
    if name.startswith("map_"):
        changed = [(cp, f(chr(cp))) for cp in points if f(chr(cp)) != chr(cp)]
        print(name, len(changed), sum(cp for cp, _ in changed),
              [(hex(cp), m) for cp, m in changed[:6]], changed[-1])
    else:
        hits = [cp for cp in points if f(chr(cp))]
        print(name, len(hits), sum(hits), [hex(cp) for cp in hits[:8]])
# each table checks its argument the way CPython's does (ord, category, bidirectional)
for name in names:
    f = getattr(stringprep, name)
    for bad in ("", "ab", 5):
        try:
            print(name, repr(bad), f(bad))
        except TypeError as e:
            print(name, repr(bad), "TypeError", e)
