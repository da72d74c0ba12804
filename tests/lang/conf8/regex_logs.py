import re
log = """2024-01-05 10:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-05 10:02:13 WARN  user=bob action=fail ip=10.0.0.2 attempts=3
2024-01-05 10:03:00 ERROR user=bob action=lock ip=10.0.0.2
bad line here
2024-01-06 09:15:42 INFO  user=carol action=login ip=192.168.1.7"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<lvl>\w+)\s+(?P<rest>.*)$", re.M)
for m in pat.finditer(log):
    kv = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    print(m.group("date", "lvl"), kv, m.span(), m.start("lvl"))
print(pat.groupindex["lvl"], pat.groups, bool(pat.match("bad line")), pat.pattern[:10], pat.flags & re.M != 0)
print(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\4.\3.\2.\1", "ip 10.0.0.2"), re.sub(r"\b(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello big world"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\d)", "a1b2c"), re.split(r"x*", "axbc"), re.findall(r"\d+|[a-z]+", "ab12cd3"))
print(re.fullmatch(r"\w+@\w+\.com", "me@x.com") is not None, re.search(r"(?i)HELLO", "say hello").group(), re.match(r"a|b", "c"))
print(re.subn(r"o", "0", "foo boo"), re.escape("a.b*c?"), re.findall(r"(a)(b)?", "ab a"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "x y"))
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.groupdict(), m.groups(), m[0], m.expand(r"\g<last>, \g<first>"), m.lastgroup, m.lastindex, m.re.pattern, m.string, m.pos, m.endpos)
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "cost $12.50 or $7"), re.findall(r"\b\w+(?=ing\b)", "sing running jumping"), re.findall(r"^\s*#.*$", "x\n  # c\ny", re.M))
print(re.compile(r"a.b", re.S).match("a\nb") is not None, re.compile(r"a.b").match("a\nb"), re.findall(r"[^\W\d_]+", "héllo wörld 42 _x"))
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<n>a)(?P<n>b)", r"\1", r"*a", r"(?<=a+)b"]:
    try: re.compile(bad)
    except re.error as e: print("re.error:", e, "| pos", e.pos)
print(re.sub(r"a", r"\n", "bab") == "b\nb", repr(re.sub("a", "\\\\", "a")), re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.findall(r"\d{2,3}?", "12345"), re.findall(r"a*?", "aa")[:3], re.match(r"(a+)+b", "aaab").group(1), re.search(r"(\w)\1", "abccd").group())
scanner = re.compile(r"(?P<NUM>\d+)|(?P<OP>[+*])|(?P<WS>\s+)")
print([(m.lastgroup, m.group()) for m in scanner.finditer("12 + 3*4") if m.lastgroup != "WS"])
print(re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.X).findall("555-1234 555 9876 5551111"))
