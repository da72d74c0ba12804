import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012
2024-03-01 12:00:05 WARN  [web] GET /missing 404 0.003
2024-03-01 12:01:10 ERROR [db] connection refused: host=10.0.0.5 port=5432
2024-03-01 12:02:00 INFO  [web] POST /api/login 200 0.120
2024-03-01 12:02:30 INFO  [web] GET /index.html 200 0.010
2024-03-01 12:05:45 ERROR [web] GET /api/data 500 1.503
2024-03-01 13:00:00 DEBUG [cache] evicted 42 keys
2024-03-01 13:15:22 INFO  [web] GET /about 200 0.008
2024-03-02 00:00:01 WARN  [db] slow query took 2.5s
"""

LINE_RE = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) (?P<level>\w+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
REQ_RE = re.compile(r"(GET|POST|PUT|DELETE) (\S+) (\d{3}) ([\d.]+)")

entries = []
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE_RE.match(line)
    if not m:
        print("bad line", lineno)
        continue
    ts = datetime.strptime(m["date"] + " " + m["time"], "%Y-%m-%d %H:%M:%S")
    entries.append((ts, m.group("level"), m.group("comp"), m.group("msg")))

levels = Counter(e[1] for e in entries)
print("levels:", levels)
print("most common:", levels.most_common(2))
by_comp = defaultdict(list)
for ts, lvl, comp, msg in entries:
    by_comp[comp].append(lvl)
for comp in sorted(by_comp):
    print(f"{comp:>6}: {len(by_comp[comp]):3d} {sorted(set(by_comp[comp]))}")

paths = Counter()
durations = []
statuses = Counter()
for ts, lvl, comp, msg in entries:
    r = REQ_RE.search(msg)
    if r:
        method, path, status, dur = r.groups()
        paths[path] += 1
        statuses[int(status)] += 1
        durations.append(float(dur))
print(paths.most_common())
print(dict(sorted(statuses.items())))
print(f"avg duration {sum(durations)/len(durations):.4f}s, max {max(durations):.3f}")

first, last = entries[0][0], entries[-1][0]
span = last - first
print("span:", span, span.total_seconds(), span.days, span.seconds)
print("first:", first.isoformat(), first.strftime("%A %d %B %Y %I:%M %p"))
hourly = Counter(e[0].replace(minute=0, second=0) for e in entries)
for hour, n in sorted(hourly.items()):
    print(hour, "#" * n)

errors = [e for e in entries if e[1] == "ERROR"]
for ts, _, comp, msg in errors:
    kv = dict(re.findall(r"(\w+)=(\S+)", msg))
    print(ts.time(), comp, kv or msg)

print(re.sub(r"\d+\.\d+\.\d+\.\d+", "<ip>", LOG.splitlines()[2]))
print(re.split(r"\s+", "a  b\tc\nd"))
print([m.span() for m in re.finditer(r"\b\w{5}\b", "hello world these are words")])
window = timedelta(minutes=5)
for i, e in enumerate(entries[1:], 1):
    gap = e[0] - entries[i-1][0]
    if gap > window:
        print("gap before line", i + 1, "of", gap)
c2 = Counter("mississippi")
print(c2, c2["s"], c2["z"], sorted(c2.elements()))
c3 = c2 - Counter("miss")
print(c3, c2 + c3, c2 & c3, c2 | c3)
print(c2.total())
