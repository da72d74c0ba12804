def roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = []
    for v, s in vals:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        total += -m[a] if m.get(b, 0) > m[a] else m[a]
    return total
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = roman(n)
    print(n, r, from_roman(r))
for bad in (0, 4000):
    try:
        roman(bad)
    except ValueError as e:
        print(e)
def caesar(s, k):
    def sh(c):
        if c.isupper(): return chr((ord(c) - 65 + k) % 26 + 65)
        if c.islower(): return chr((ord(c) - 97 + k) % 26 + 97)
        return c
    return "".join(map(sh, s))
msg = "The Quick Brown Fox, 2024!"
enc = caesar(msg, 13)
print(enc, caesar(enc, -13) == msg, caesar(msg, 52) == msg)
tbl = str.maketrans("abc", "xyz", "!")
print("aabbcc!".translate(tbl), msg.swapcase(), msg.casefold())
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
import re
def unrle(s):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))
x = "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"
print(rle(x), unrle(rle(x)) == x)
def balanced(s):
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for i, c in enumerate(s):
        if c in "([{":
            stack.append((c, i))
        elif c in pairs:
            if not stack or stack[-1][0] != pairs[c]:
                return f"mismatch at {i}"
            stack.pop()
    return "ok" if not stack else f"unclosed {stack[-1][0]!r} at {stack[-1][1]}"
for s in ["([]{})", "([)]", "((", "", "}{", "a(b[c]{d}e)f"]:
    print(repr(s), balanced(s))
def is_pangram(s): return set("abcdefghijklmnopqrstuvwxyz") <= set(s.lower())
print(is_pangram("The quick brown fox jumps over the lazy dog"), is_pangram("hello"))
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "dog"]))
def word_wrap(text, width):
    lines, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur); cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return lines + [cur] if cur else lines
for l in word_wrap("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor", 22):
    print(f"|{l:<22}|")
print("snake_case_name".title().replace("_", ""), re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseName").lower())
print(" ".join(w[::-1] for w in "hello world again".split()), "racecar"[::-1] == "racecar")
print(sorted("Mississippi".lower()), "Mississippi".count("ss"), "Mississippi".split("ss", 1), "a-b_c d".split(None))
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'fill':*^11}|{42:#06x}|{3.14159:8.3f}|{-5:+d}|{1e6:,.0f}")
