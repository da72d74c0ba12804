# Gradebook statistics computed by hand: mean, median, mode, stdev (Newton sqrt), percentiles, letter grades.

RAW = """
name,math,physics,chemistry,literature,history
Alice,92,88,95,79,85
Bob,75,64,70,88,91
Chandra,88,92,85,94,90
Dmitri,55,61,48,72,66
Elena,100,97,99,85,88
Farid,67,70,72,60,75
Grace,81,79,88,91,84
Hiro,73,85,69,77,80
Ines,90,90,90,90,90
Jonas,45,52,58,64,49
""".strip()


def sqrt(x, eps=1e-12):
    if x < 0:
        raise ValueError("math domain error")
    if x == 0:
        return 0.0
    guess = x if x >= 1 else 1.0
    while True:
        nxt = 0.5 * (guess + x / guess)
        if abs(nxt - guess) < eps * max(1.0, nxt):
            return nxt
        guess = nxt


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    return sorted(k for k, v in counts.items() if v == best)


def stdev(xs):
    m = mean(xs)
    return sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


lines = RAW.splitlines()
header = lines[0].split(",")
subjects = header[1:]
students = {}
for line in lines[1:]:
    name, *scores = line.split(",")
    students[name] = dict(zip(subjects, map(int, scores)))

print(f"{'Student':<9}" + "".join(f"{s[:5]:>7}" for s in subjects) + f"{'avg':>8}{'grade':>7}")
for name, scores in students.items():
    avg = mean(list(scores.values()))
    row = "".join(f"{v:>7d}" for v in scores.values())
    print(f"{name:<9}{row}{avg:>8.2f}{letter(avg):>7}")

print()
print(f"{'subject':<11}{'mean':>8}{'median':>8}{'stdev':>8}{'p25':>7}{'p75':>7}{'min':>5}{'max':>5}  mode")
for subj in subjects:
    col = [s[subj] for s in students.values()]
    print(f"{subj:<11}{mean(col):>8.2f}{median(col):>8.1f}{stdev(col):>8.3f}"
          f"{percentile(col, 25):>7.2f}{percentile(col, 75):>7.2f}{min(col):>5}{max(col):>5}  {mode(col)}")

averages = {n: mean(list(s.values())) for n, s in students.items()}
ranking = sorted(averages.items(), key=lambda kv: (-kv[1], kv[0]))
print()
for place, (name, avg) in enumerate(ranking, start=1):
    medal = {1: "gold", 2: "silver", 3: "bronze"}.get(place, "")
    print(f"{place:>2}. {name:<8} {avg:6.2f} {medal}")

dist = {}
for name, avg in averages.items():
    dist.setdefault(letter(avg), []).append(name)
for g in "ABCDF":
    names = dist.get(g, [])
    print(f"{g}: {len(names)} {'*' * len(names):<5} {', '.join(sorted(names))}")

best_subject = {n: max(s, key=s.get) for n, s in students.items()}
worst_subject = {n: min(s, key=lambda k: (s[k], k)) for n, s in students.items()}
print(best_subject)
print(worst_subject)
improvers = [n for n, s in students.items() if all(a <= b for a, b in zip(list(s.values()), list(s.values())[1:]))]
print("non-decreasing across subjects:", improvers)
consistent = min(students, key=lambda n: stdev(list(students[n].values())))
print("most consistent:", consistent, f"{stdev(list(students[consistent].values())):.3f}")
zs = {n: (averages[n] - mean(list(averages.values()))) / stdev(list(averages.values())) for n in students}
print({n: round(z, 3) for n, z in sorted(zs.items(), key=lambda kv: kv[1])})
corr_num = sum((students[n]["math"] - mean([s["math"] for s in students.values()])) *
               (students[n]["physics"] - mean([s["physics"] for s in students.values()])) for n in students)
sx = sqrt(sum((s["math"] - mean([t["math"] for t in students.values()])) ** 2 for s in students.values()))
sy = sqrt(sum((s["physics"] - mean([t["physics"] for t in students.values()])) ** 2 for s in students.values()))
print(f"math/physics correlation: {corr_num / (sx * sy):.4f}")
print(f"sqrt checks: {sqrt(2):.15f} {sqrt(1e-10):.6e} {sqrt(10 ** 20):.1f} {sqrt(0.25)}")
try:
    sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
curve = {n: {k: min(100, v + 5) for k, v in s.items()} for n, s in students.items() if mean(list(s.values())) < 70}
print("curved:", curve)
