# regex: a mixed regular-expression workload over generated text: log-line parsing with
# groups (match), tokenizing (finditer with named groups and alternation), word and number
# extraction (findall), whitespace normalising and redaction (sub, with a function too),
# splitting, case-insensitive search, a literal-prefixed pattern, lookarounds and
# textwrap's word splitting. Prints a deterministic checksum of everything found.
import re

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi "
         "omicron pi rho sigma tau upsilon phi chi psi omega").split()
LEVELS = ("INFO", "WARN", "ERROR", "DEBUG")


def rng(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def make_log(n):
    r = rng(11)
    lines = []
    for i in range(n):
        a, b, c = next(r), next(r), next(r)
        words = " ".join(WORDS[(a >> k) % len(WORDS)] for k in range(0, 15, 3))
        lines.append("2024-%02d-%02d %02d:%02d:%02d [%s] user%d@host%d.example.com took %d.%03dms: %s"
                     % (a % 12 + 1, b % 28 + 1, c % 24, a % 60, b % 60, LEVELS[(c >> 9) % 4],
                        a % 1000, b % 50, c % 500, a % 1000, words))
    return lines


def make_source(n):
    r = rng(5)
    parts = []
    for i in range(n):
        x = next(r)
        parts.append("def f%d(x, y=%d):\n    return x * %d.5 + y  # note %s\n"
                     % (i, x % 100, x % 17, WORDS[x % len(WORDS)]))
    return "".join(parts)


LOG_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(\w+)\] (\S+)@(\S+) took (\d+)\.(\d+)ms: (.*)")
TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>[-+*/=<>():,\[\]])
  | (?P<comment>\#[^\n]*)
  | (?P<ws>[ \t]+)
  | (?P<nl>\n)
""", re.VERBOSE)
EMAIL_RE = re.compile(r"\b[\w.]+@[\w.]+\.(?:com|org|net)\b")
WORD_RE = re.compile(r"\w+")
NUM_RE = re.compile(r"\d+(?:\.\d+)?")
WS_RE = re.compile(r"\s+")
KEY_RE = re.compile(r"error|warn", re.IGNORECASE)
LOOK_RE = re.compile(r"(?<=\s)[a-z]+(?=ms\b|\s)")
HOST_RE = re.compile(r"host(\d+)\.example")


def checksum(acc, s):
    for ch in s[:64]:
        acc = (acc * 31 + ord(ch)) & 0xFFFFFFFF
    return (acc + len(s)) & 0xFFFFFFFF


def main():
    lines = make_log(2000)
    text = "\n".join(lines)
    src = make_source(600)
    acc = 0
    levels = {}
    total_ms = 0
    for line in lines:
        m = LOG_RE.match(line)
        levels[m.group(7)] = levels.get(m.group(7), 0) + 1
        total_ms += int(m.group(10))
        acc = checksum(acc, m.group(12))
    kinds = {}
    for m in TOKEN_RE.finditer(src):
        kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
    acc = checksum(acc, "".join(sorted(kinds)))
    for _ in range(5):
        acc = checksum(acc, "|".join(EMAIL_RE.findall(text)[:50]))
        words = WORD_RE.findall(text)
        nums = NUM_RE.findall(text)
        acc = (acc + len(words) * 7 + len(nums)) & 0xFFFFFFFF
        flat = WS_RE.sub(" ", text)
        acc = checksum(acc, flat[-200:])
        red = HOST_RE.sub(lambda m: "h" + str(int(m.group(1)) % 7) + ".ex", text)
        acc = checksum(acc, red[:300])
        parts = re.split(r"[:\[\]]\s*", text)
        acc = (acc + len(parts)) & 0xFFFFFFFF
        hits = sum(1 for line in lines if KEY_RE.search(line))
        acc = (acc + hits) & 0xFFFFFFFF
        acc = (acc + len(LOOK_RE.findall(text))) & 0xFFFFFFFF
        acc = checksum(acc, re.sub(r"(\w+)@(\w+)", r"\2 at \1", lines[0]))
    import textwrap
    for line in lines[:300]:
        acc = checksum(acc, "/".join(textwrap.wrap(line, 30)))
    print(sorted(levels.items()), total_ms, sorted(kinds.items()))
    print("checksum", acc)


main()
