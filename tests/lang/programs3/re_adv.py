import re
text = """From: alice@example.com
To: bob@test.org, carol@x.io
Subject: Meeting on 2024-03-15 at 10:30
Date: Fri, 15 Mar 2024

Hi Bob,
Call me at (555) 123-4567 or 555.987.6543.
Price: $1,234.56; discount 15%.
"""
email = re.compile(r"""
    (?P<user>[\w.+-]+)   # user part
    @
    (?P<domain>[\w-]+(?:\.[\w-]+)+)  # domain
""", re.VERBOSE)
print([m.groupdict() for m in email.finditer(text)])
headers = dict(re.findall(r"^(\w+): (.*)$", text, re.MULTILINE))
print(headers)
print(re.findall(r"\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}", text))
print(re.search(r"(?<=\$)[\d,]+\.\d\d", text).group(), re.search(r"\d+(?=%)", text).group())
print(re.findall(r"\b(\w)\w*\1\b", "noon level stats abca"), re.sub(r"(?P<w>\w+)@", r"<\g<w>>@", "a@b"))
print(re.match(r"(?i)subject", "SUBJECT"), bool(re.match(r"^hi", text, re.M)), re.search(r"^Hi", text, re.M).start())
print(re.findall(r".+", "a\nb", re.S), re.findall(r"[^\W\d_]+", "ab1_cd é"), re.findall(r"\s+", " a \t b "))
print(re.split(r"[;,]\s*", "a; b,c ,d"), re.split(r"\b", "hi there"), re.split("x*", "axbc"))
pat = re.compile(r"(\d+)-(\d+)?")
m = pat.match("12-")
print(m.groups(), m.groups("none"), m.group(0, 1), m.lastindex, m.span(2), pat.groups, pat.groupindex)
print(re.sub(r"\s+", " ", "  lots   of   space  ").strip(), re.sub("a", r"\n", "bab"), re.sub("(b)", r"[\1]", "abc", count=1))
print(re.findall(r"a{2,3}", "aaaaaaa"), re.findall(r"a{2,3}?", "aaaaaaa"), re.findall(r"<.*?>", "<a><b>"), re.fullmatch(r"\d*", ""))
print(re.compile(r"\d").pattern, re.compile("x", re.I | re.M).flags & re.I, re.purge() if hasattr(re, "purge") else None)
try:
    re.compile(r"a)")
except re.error as e:
    print("re.error:", e, e.pos)
try:
    re.compile(r"[z-a]")
except re.error as e:
    print("re.error:", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("re.error:", e)
words = re.findall(r"[a-z']+", "It's a dog's life, isn't it? Yes it's.".lower())
print(words)
print(re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), "camelCaseStringHere").lstrip("_"))
print("".join(w.capitalize() for w in re.split(r"_+", "snake_case__name")))
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(?:a|b)+", "abba").group(), re.match(r"(a*)*b", "aab").group(1))
print(re.search(r"\bfoo\b", "a foo. b"), re.search(r"\Bfoo", "xfoo").span(), re.escape("1+1=2?"))
print(re.findall(r"(?m)^\s*#.*$", "x=1\n  # comment\n#two"), re.findall(r"\d+|[a-z]+", "ab12cd3"))
print(re.sub(r"(?<!\d)(\d{3})(?!\d)", r"<\1>", "12 123 1234"), re.findall(r"[\u00e0-\u00ff]+", "café naïve"))
it = re.finditer(r"\w+", "one two"); print([(m.group(), m.start()) for m in it])
print(repr(re.compile(r"ab+c", re.IGNORECASE)), repr(re.match("a", "abc")))
print(re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", "-1.5e10") is not None, re.match(r"\A\d\Z", "5\n"))
print(re.sub(r"^", "> ", "l1\nl2", flags=re.M), re.findall(r"(\w+)=(\d+)", "a=1 b=22"), re.search("z", "abc"))
