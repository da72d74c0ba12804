# Log processing with a pipeline of generators: parse, filter, window, aggregate.
RAW_LOG = """\
2024-01-01 10:00:01 INFO  user=alice action=login ms=120
2024-01-01 10:00:05 INFO  user=bob action=login ms=98
2024-01-01 10:01:10 WARN  user=alice action=upload ms=1500
this line is garbage
2024-01-01 10:02:00 ERROR user=carol action=login ms=3000
2024-01-01 10:02:30 INFO  user=bob action=download ms=450
2024-01-01 10:03:00 INFO  user=alice action=logout ms=20
2024-01-01 10:03:30 ERROR user=bob action=upload ms=2500
2024-01-01 10:04:00 INFO  user=carol action=login ms=110
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines):
    for n, line in lines:
        parts = line.split()
        if len(parts) < 4 or parts[2] not in ('INFO', 'WARN', 'ERROR'):
            print(f'  [skip line {n}: {line!r}]')
            continue
        fields = dict(p.split('=', 1) for p in parts[3:])
        fields['ms'] = int(fields['ms'])
        yield {'time': parts[1], 'level': parts[2], **fields}


def only(records, **criteria):
    for rec in records:
        if all(rec.get(k) == v for k, v in criteria.items()):
            yield rec


def slower_than(records, ms):
    return (r for r in records if r['ms'] > ms)


def window(items, size):
    buf = []
    for item in items:
        buf.append(item)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def pipeline():
    return parse(read_lines(RAW_LOG))


print('errors:')
for rec in only(pipeline(), level='ERROR'):
    print(f"  {rec['time']} {rec['user']:<6} {rec['action']}")
print('slow (>400ms):', [r['user'] + ':' + r['action'] for r in slower_than(pipeline(), 400)])
print('alice actions:', [r['action'] for r in only(pipeline(), user='alice')])
totals = {}
for rec in pipeline():
    t = totals.setdefault(rec['user'], {'count': 0, 'ms': 0})
    t['count'] += 1
    t['ms'] += rec['ms']
for user in sorted(totals):
    t = totals[user]
    print(f"  {user:<6} {t['count']} events, avg {t['ms'] / t['count']:.1f} ms")
ms_values = (r['ms'] for r in pipeline())
moving = [sum(w) / len(w) for w in window(ms_values, 3)]
print('moving avg:', [round(m, 1) for m in moving])
lazy = slower_than(only(pipeline(), level='INFO'), 100)
print('first lazy result:', next(lazy)['user'])
print('rest:', [r['user'] for r in lazy])
