# The search skips start positions by the first consuming op after group marks, anchors and
# lookarounds (session 21): patterns starting with zero-width tests.
import re
for p, s in [(r"(?<=\s)[a-z]+(?=ms\b|\s)", "a bc 12ms de fgms x "), (r"(?=\d)\d\d", "a12b345"),
             (r"(?!a)\w+", "abc bca"), (r"(?<!x)y", "xyay"), (r"\bfoo", "afoo foo"), (r"(?m)^b", "ab\nb"),
             (r"$x", "ax"), (r"(?<=a)", "bab"), (r"(?=a)|b", "xab"), (r"\b(?=(\w))", "ab cd"),
             (r"(?<=(a))(b)", "abab"), (r"(?i)(?<=A)b", "aB ab"), (r"\A\d", "1a"), (r"(?<=\d)(?=\D)", "1a2b")]:
    print(p, re.findall(p, s), [m.span() for m in re.finditer(p, s)], re.sub(p, "#", s))
