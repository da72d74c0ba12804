# strings: text processing: splitting, joining, case changes, searching, replacing,
# formatting, slicing and building strings; a word-frequency count over generated text.
WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()

def make_text(n):
    out = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[x % len(WORDS)]
        if x % 7 == 0:
            w = w.capitalize()
        out.append(w)
        if x % 11 == 0:
            out.append(".\n")
    return " ".join(out)

def process(text):
    freq = {}
    for line in text.split("\n"):
        line = line.strip().lower()
        if not line:
            continue
        for w in line.replace(".", " ").split():
            freq[w] = freq.get(w, 0) + 1
    return freq

def transform(text):
    n = 0
    parts = []
    for sentence in text.split("."):
        s = sentence.strip()
        if s.startswith("alpha") or s.endswith("omega"):
            n += 1
        if "pi rho" in s:
            s = s.replace("pi rho", "PI-RHO")
        parts.append(s[:20].upper() + "|" + s[-10:])
    return n, "".join(parts)

def fmt(freq):
    lines = []
    for k in sorted(freq):
        lines.append("%-10s %6d %s" % (k, freq[k], f"{freq[k] / 1000:.3f}"))
        lines.append("{:>12}:{:<6}".format(k.title(), len(k)))
    return "\n".join(lines)

text = make_text(120000)
total = 0
for rep in range(3):
    freq = process(text)
    n, joined = transform(text)
    total += n + len(joined) + joined.count("PI-RHO") + text.find("omega omega")
report = fmt(freq)
print(len(text), total, len(report))
print(report[:200])
print(sum(ord(c) for c in report) % 1000003)
