# Matcher paths changed in session 21: the backtrack stack's own height, ASCII bitmaps of
# one-character ops (sets, categories, case-insensitive chars, ., negated chars), the
# tight span/seek scans, the first-character scan, the remembered match type.
import re

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

subjects = ["abc 123-foo xyz 456-bar", "K\u212a k \u017f S s \u00df ss", "a\nb\n\nc", "",
            "caf\u00e9 na\u00efve \u0660\u0661\u0662 \u00a0x\u2003y", "x" * 50 + "y"]
pats = [r"\w+", r"\W+", r"\s+", r"\S+", r"\d+", r"\D+", r"[a-c]+", r"[^a-c\s]+", r"[\w.]+",
        r"(?i)[k]+", r"(?i)k+", r"(?i)s+", r"(?i)[^k]+", r"(?ia)k+", r"(?a)\w+", r"(?a)[\d\s]+",
        r".+", r"(?s).+", r"[^\n]+", r"x*y", r"x*?y", r"x{2,5}", r"x{2,5}?x", r"(?i)[\u212a]",
        r"[\u00e9\u0660-\u0669]+", r"\b\w", r"\w\b", r"(?=\d)\d\d", r"(?<=-)\w+", r"(?<!\w)\w+",
        r"(?<=\s)[a-z]+(?=\s|$)", r"(\w)\1", r"(?i)(\w)\1", r"(a|ab)(c|bcd)", r"(?:a+)+b",
        r"(?>a+)b", r"a++b", r"(?:x+)+y", r"(\w+)-(\w+)|(\d)", r"(?!abc)\w+", r"^$", r"$", r"\Z",
        r"(?m)^\w", r"(?m)$", r"a*", r"\b", r"(?i)ß", r"(?i)[ß]", r"[\s\S]"]
for p in pats:
    r = re.compile(p)
    for s in subjects:
        show(repr(p) + " " + repr(s[:12]), lambda: (r.findall(s), [m.span() for m in r.finditer(s)][:6],
                                                     r.sub("<\\g<0>>", s), r.split(s)[:5],
                                                     bool(r.match(s)), bool(r.fullmatch(s))))
# backtracking into groups and alternations with captures
show("bt1", lambda: re.match(r"(a+)(a+)(a+)b", "aaaaaab").groups())
show("bt2", lambda: re.match(r"(a|b)*?c", "ababc").groups())
show("bt3", lambda: re.match(r"((a)|(b))+", "abab").groups())
show("bt4", lambda: re.match(r"(?:(\d+)|(\w+))-(\w+)", "ab12-cd").groups())
show("bt5", lambda: re.search(r"(\w+)\s+\1", "the the cat cat").span())
show("bt6", lambda: re.match(r"(?:(a)|b)+", "ab").groups())
show("bt7", lambda: re.match(r"(?=(\w+))\w", "hello").groups())
show("bt8", lambda: re.match(r"(?!(a)b)\w+", "ac").groups())
show("bt9", lambda: re.match(r"(a(?=b))?ab", "ab").groups())
show("bt10", lambda: re.findall(r"(?<=(a))b", "abab"))
show("deep", lambda: len(re.match(r"(?:a|b)*c", "ab" * 5000 + "c").group()))
show("deep2", lambda: len(re.match(r"(x+x+)+y", "x" * 20 + "y").group()))
show("lazy", lambda: re.findall(r"<.+?>", "<a><bb> <c>"))
show("empty", lambda: (re.sub(r"x*", "-", "abxd"), re.split(r"\b", "a b"), re.findall(r"\w*", "a b")))
show("pos", lambda: (re.compile(r"\w+").search("ab cd", 2).span(), re.compile(r"\d").match("a1", 1).group()))
show("endpos", lambda: re.compile(r"\w+").findall("abcdef", 1, 4))
show("bytes", lambda: (re.findall(rb"\w+", b"ab \xe9cd 12"), re.findall(rb"(?i)[K]+", b"kKk")))
show("many", lambda: [len(re.findall(r"[aeiou]", "education" * k)) for k in (0, 1, 300)])
show("mtype", lambda: [re.compile("a").match("a").group(), re.compile("b").search("ab").span()])
print(re.sub(r"\s+", " ", "a \t b\n\n c " * 3))
# alternations whose branches start with a character test (skipped without a backtrack
# entry when it fails), with groups and lastindex
tok = re.compile(r"(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/=()])|(?P<ws>\s+)|(?P<x>.)")
print([(m.lastgroup, m.lastindex, m.group()) for m in tok.finditer("x1 = 3.5*(y_2 - 10.) ; é")])
print(re.findall(r"(a)|b|(c)|((d))|e+|(?i:F)", "abcdeeefF"), re.match(r"(?:(a)|ab)c", "abc").groups())
print(re.sub(r"(\w)(?:x|(y))?", r"[\1\2]", "axbyc"), re.findall(r"(?:ab|a)(?:c|bcd)", "abcd abc"))
