# Number conversions: Roman numerals, English words, ordinals, human-readable sizes and durations.

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range for Roman numerals")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s.upper()):
        if ch not in values:
            raise ValueError(f"invalid Roman digit {ch!r}")
        v = values[ch]
        if i + 1 < len(s) and values.get(s[i + 1].upper(), 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = ["", "thousand", "million", "billion", "trillion", "quadrillion"]


def words_under_1000(n):
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{ONES[hundreds]} hundred")
    if rest:
        if rest < 20:
            parts.append(ONES[rest])
        else:
            t, o = divmod(rest, 10)
            parts.append(TENS[t] + (f"-{ONES[o]}" if o else ""))
    return " and ".join(parts) if hundreds and rest else " ".join(parts)


def to_words(n):
    if n == 0:
        return "zero"
    if n < 0:
        return "minus " + to_words(-n)
    chunks = []
    scale = 0
    while n:
        n, chunk = divmod(n, 1000)
        if chunk:
            if scale >= len(SCALES):
                raise OverflowError("number too large to spell")
            chunks.append(words_under_1000(chunk) + (f" {SCALES[scale]}" if SCALES[scale] else ""))
        scale += 1
    return ", ".join(reversed(chunks))


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def human_size(nbytes, binary=True):
    base = 1024 if binary else 1000
    units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"] if binary else ["B", "kB", "MB", "GB", "TB", "PB"]
    size = float(nbytes)
    for unit in units:
        if abs(size) < base or unit == units[-1]:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= base


def human_duration(seconds):
    parts = []
    for name, length in (("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        count, seconds = divmod(seconds, length)
        if count:
            parts.append(f"{count} {name}{'s' if count != 1 else ''}")
    if not parts:
        return "0 seconds"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444]:
    r = to_roman(n)
    print(f"{n:>5} = {r:<16} -> {from_roman(r)}")
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["IIII", "VX", "ABC", "mcmxciv"]:
    try:
        print(bad, "->", from_roman(bad))
    except ValueError as e:
        print("ValueError:", e)
for n in [0, 7, 13, 21, 100, 101, 342, 1000, 1001, 12345, 1000000, 1234567891, -45, 10 ** 15 + 1, 999999999999]:
    print(f"{n:,}: {to_words(n)}")
try:
    to_words(10 ** 18)
except OverflowError as e:
    print("OverflowError:", e)
print(", ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003]))
for n in [0, 1, 999, 1000, 1023, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40, 2 ** 60, -2048]:
    print(f"{n:>22,} bytes = {human_size(n):>10} / {human_size(n, binary=False):>9}")
for s in [0, 1, 59, 60, 61, 3599, 3600, 3661, 86399, 90061, 694861, 1209600 + 7322]:
    print(f"{s:>8}s = {human_duration(s)}")
total = sum(len(to_words(n).replace(" ", "").replace("-", "").replace(",", "")) for n in range(1, 1001))
print("letters used writing 1..1000 (with 'and', 'one thousand'):", total)
