# Everyday patterns (log lines, e-mails, URLs, tags, CSV, words) over mixed text.
import re
text = '''2024-01-15 10:23:45 ERROR [main] Failed to connect to db://user:pw@host:5432/name (code=42)
2024-01-15 10:24:01 INFO  [worker-3] Processed 1,234 items in 5.67s; rate=217.6/s
Contact: john.doe+tag@example.co.uk, jane@ex-ample.org; visit https://www.example.com/path?q=1&r=two#frag
<p class="x">Hello <b>world</b> &amp; friends</p> <img src='a.png'/>
"quoted, field",plain,"with ""escaped"" quotes",,last
Ünïcödé wörds: naïve café résumé — em-dash; tabs\there
'''
pats = [
    r'^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d) (\w+)\s+\[([\w-]+)\] (.*)$',
    r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+',
    r'https?://[^\s/$.?#].[^\s]*',
    r'<(/?)(\w+)([^>]*)>',
    r'(?:^|,)("(?:[^"]|"")*"|[^,]*)',
    r'\b\w+\b',
    r'(?i)\b(?:error|info)\b',
    r'(\d+(?:,\d{3})*(?:\.\d+)?)',
    r'(?<=\()[^)]*(?=\))',
    r'&(\w+);',
    r'\s+',
    r'[^\W\d_]+',
    r'(?m)^(?!\d).*$',
    r'(\w)\1',
    r'(?x) (?P<key> [a-z]+ ) = (?P<val> [\d.]+ (?: / s )? )',
]
for p in pats:
    r = re.compile(p, re.M)
    print(p)
    print(' ', r.findall(text)[:12])
    print(' ', [m.span() for m in r.finditer(text)][:12])
    print(' ', r.sub(lambda m: '<' + m.group(0)[:3] + '>', text)[:200].replace('\n', '|'))
    print(' ', r.split(text, 5)[:6])
print(re.sub(r'<[^>]+>', '', text.splitlines()[3]))
print(re.sub(r'(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)', r'\g<d>/\g<m>/\g<y>', text)[:60])
