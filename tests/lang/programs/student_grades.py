# Student grade book: parsing records, statistics, letter grades and ranked reports.
RECORDS = """\
name,math,physics,literature,history
Ada,95,88,72,81
Brian,67,74,89,90
Chen,88,92,85,79
Dara,45,58,66,70
Eve,99,97,91,94
Femi,72,,80,85
Gus,88,92,85,79
"""


def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        raise ValueError('median of empty data')
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


def letter(score):
    for cutoff, grade in ((90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')):
        if score >= cutoff:
            return grade
    return 'F'


lines = RECORDS.strip().splitlines()
subjects = lines[0].split(',')[1:]
students = {}
for line in lines[1:]:
    name, *scores = line.split(',')
    students[name] = {s: int(v) for s, v in zip(subjects, scores) if v}

for name, scores in students.items():
    missing = [s for s in subjects if s not in scores]
    if missing:
        print(f'{name} is missing: {", ".join(missing)}')

print(f'{"Name":<6}' + ''.join(f'{s[:4]:>6}' for s in subjects) + f'{"avg":>7} grade')
averages = {}
for name, scores in students.items():
    avg = mean(list(scores.values()))
    averages[name] = avg
    cells = ''.join(f'{scores[s]:>6}' if s in scores else f'{"--":>6}' for s in subjects)
    print(f'{name:<6}{cells}{avg:>7.2f} {letter(avg)}')

print()
for s in subjects:
    vals = [sc[s] for sc in students.values() if s in sc]
    best = max((sc[s], n) for n, sc in students.items() if s in sc)
    print(f'{s:<11} mean={mean(vals):6.2f} median={median(vals):5.1f} sd={stdev(vals):6.2f} best={best[1]}')

print()
ranking = sorted(averages.items(), key=lambda kv: (-kv[1], kv[0]))
rank = 0
prev = None
for i, (name, avg) in enumerate(ranking, 1):
    if avg != prev:
        rank = i
        prev = avg
    print(f'{rank}. {name} ({avg:.2f})')
dist = {}
for avg in averages.values():
    dist[letter(avg)] = dist.get(letter(avg), 0) + 1
print('distribution:', dict(sorted(dist.items())))
try:
    median([])
except ValueError as e:
    print('ValueError:', e)
