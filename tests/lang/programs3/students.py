import statistics
from collections import defaultdict, namedtuple
from operator import itemgetter
import string

RAW = """\
alice,math,93
bob,math,71
carol,math,88
alice,physics,85
bob,physics,64
carol,physics,95
dave,math,55
dave,physics,48
erin,math,100
erin,physics,99
"""
Grade = namedtuple("Grade", "student subject score")
grades = [Grade(n, s, int(x)) for n, s, x in (l.split(",") for l in RAW.splitlines())]
by_subject = defaultdict(list)
by_student = defaultdict(dict)
for g in grades:
    by_subject[g.subject].append(g.score)
    by_student[g.student][g.subject] = g.score

def letter(score):
    for cutoff, l in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return l
    return "F"

print(f"{'Subject':<10}{'Mean':>8}{'Median':>8}{'Stdev':>8}{'Min':>5}{'Max':>5}")
for subj, scores in sorted(by_subject.items()):
    print(f"{subj:<10}{statistics.mean(scores):>8.2f}{statistics.median(scores):>8.1f}"
          f"{statistics.stdev(scores):>8.3f}{min(scores):>5}{max(scores):>5}")
print()
ranking = sorted(((n, statistics.fmean(s.values())) for n, s in by_student.items()), key=itemgetter(1), reverse=True)
for rank, (name, avg) in enumerate(ranking, 1):
    bar = "#" * round(avg / 10)
    print(f"{rank}. {name.capitalize():<6} {avg:6.2f} {letter(avg)} {bar:<10}|")
dist = defaultdict(int)
for g in grades:
    dist[letter(g.score)] += 1
print(dict(sorted(dist.items())))
print("z-scores math:", [round((x - statistics.mean(by_subject["math"])) / statistics.pstdev(by_subject["math"]), 2) for x in by_subject["math"]])
corr = statistics.correlation([by_student[n]["math"] for n in sorted(by_student)], [by_student[n]["physics"] for n in sorted(by_student)])
print(f"correlation math/physics: {corr:.4f}")
slope, intercept = statistics.linear_regression([by_student[n]["math"] for n in sorted(by_student)], [by_student[n]["physics"] for n in sorted(by_student)])
print(f"physics ~ {slope:.3f} * math + {intercept:.3f}")
nd = statistics.NormalDist.from_samples(by_subject["math"])
print(f"{nd.mean:.2f} {nd.stdev:.2f} {nd.cdf(90):.4f} {nd.inv_cdf(0.5):.2f} {nd.pdf(80):.5f}")
print(statistics.quantiles([g.score for g in grades], n=4), statistics.quantiles([g.score for g in grades], n=10, method="inclusive"))
print(statistics.mode([letter(g.score) for g in grades]), statistics.multimode([letter(g.score) for g in grades]))
tmpl = string.Template("Dear $name, your average is ${avg}.")
for name, avg in ranking[:2]:
    print(tmpl.substitute(name=name.title(), avg=f"{avg:.1f}"))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.variance([1, 2, 3, 4, 5], xbar=3), statistics.stdev([1.5, 2.5]), statistics.mean([1, 2, 3, 4, 4]))
print(statistics.geometric_mean([54, 24, 36]), statistics.harmonic_mean([2.5, 3, 10], weights=[1, 1, 2]) if True else "")
print(statistics.fmean([3.5, 4.0, 5.25], weights=[1, 2, 3]) if hasattr(statistics.fmean, "__call__") else "")
