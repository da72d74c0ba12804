import re, collections, datetime, statistics
log = """2024-03-01 10:00:01 INFO  [web] GET /index.html 200 12ms
2024-03-01 10:00:02 WARN  [web] GET /missing 404 3ms
2024-03-01 10:00:05 INFO  [api] POST /login 200 120ms
2024-03-01 10:01:00 ERROR [api] POST /pay 500 900ms
2024-03-01 10:01:30 INFO  [web] GET /index.html 200 10ms
2024-03-01 10:02:00 INFO  [api] GET /items 200 45ms
garbage line here
2024-03-01 10:03:00 ERROR [db] timeout after 3000ms
"""
pat = re.compile(r'^(?P<ts>\S+ \S+) (?P<lvl>[A-Z]+)\s+\[(?P<src>\w+)\] (?:(?P<meth>GET|POST) (?P<path>\S+) (?P<code>\d{3}) (?P<ms>\d+)ms|(?P<msg>.*))$')
recs, bad = [], 0
for line in log.splitlines():
    m = pat.match(line)
    if not m:
        bad += 1
        continue
    d = m.groupdict()
    d['ts'] = datetime.datetime.strptime(d['ts'], '%Y-%m-%d %H:%M:%S')
    recs.append(d)
print(len(recs), 'parsed,', bad, 'bad')
print(collections.Counter(r['lvl'] for r in recs))
print(sorted(collections.Counter(r['src'] for r in recs).items()))
times = [int(r['ms']) for r in recs if r['ms']]
print(times, statistics.mean(times), statistics.median(times), max(times))
span = recs[-1]['ts'] - recs[0]['ts']
print(span, span.total_seconds())
paths = collections.Counter(r['path'] for r in recs if r['path'])
print(paths.most_common(2))
errs = [(r['ts'].strftime('%H:%M'), r['src'], r['msg'] or r['path']) for r in recs if r['lvl'] == 'ERROR']
print(errs)
by_minute = collections.OrderedDict()
for r in recs:
    by_minute.setdefault(r['ts'].replace(second=0), []).append(r['lvl'])
for k, v in by_minute.items():
    print(k.isoformat(), v)
print(re.sub(r'\d+ms', lambda m: '%.1fs' % (int(m.group()[:-2]) / 1000), log.splitlines()[3]))
