# reads a small data file from stdin with input() until EOF
n = int(input())
rows = []
for i in range(n):
    name, score = input().split()
    rows.append((name, int(score)))
line = input("prompt> ")
print()
print("extra:", line.strip())
rows.sort(key=lambda r: (-r[1], r[0]))
for rank, (name, score) in enumerate(rows, 1):
    print(f"{rank:>2}. {name:<8}{score:>5}")
avg = sum(s for _, s in rows) / len(rows)
print(f"avg={avg:.2f} max={max(rows, key=lambda r: r[1])[0]}")
rest = []
while True:
    try:
        rest.append(input())
    except EOFError as e:
        print("EOF", repr(str(e)))
        break
print(rest)
try:
    input()
except EOFError:
    print("EOF again")
