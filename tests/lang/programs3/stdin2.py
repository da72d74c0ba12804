import sys
import io
# Input fed through a replaced sys.stdin (input() and iteration must use it).
sys.stdin = io.StringIO('1 + 2\n\n3 * 4.5\n10 / 0\n7 - 10\n')
total = 0
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    a, op, b = line.split()
    a, b = float(a), float(b)
    r = {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[op]
    total += r
    print(f"{line} = {r:g}")
print(f"total={total:.3f}")
data = sys.stdin.readline()
print(repr(data))
