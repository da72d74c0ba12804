import sys
import io
# Input fed through a replaced sys.stdin (input() and iteration must use it).
sys.stdin = io.StringIO('3\n1 2 3\nBob\nThe cat. The dog,\nthe end\n')
from collections import Counter
n = int(input())
nums = list(map(int, input().split()))
print(n, sum(nums), max(nums))
name = input("Name? ")
print(f"Hello, {name}!")
rest = sys.stdin.read().splitlines()
print(len(rest), rest[:2])
words = Counter(w.lower().strip(".,") for line in rest for w in line.split())
for w, c in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{w:<10}{c:>3}")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
