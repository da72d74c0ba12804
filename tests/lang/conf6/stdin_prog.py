import io, sys
# stdin replaced by a StringIO: input() and iteration read from sys.stdin
sys.stdin = io.StringIO('World\n3\n1 2 3\nline four\nfive\nsix')
name = input("Name? ")
print(f"Hello, {name}!")
n = int(input())
nums = list(map(int, input().split()))
print(n, sum(nums))
line = sys.stdin.readline()
print(repr(line))
rest = sys.stdin.read()
print(repr(rest))
try:
    input("more> ")
except EOFError as e:
    print("EOF", repr(str(e)))
print(sys.stdin.read() == '')
