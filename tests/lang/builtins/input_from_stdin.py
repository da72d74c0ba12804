# input() and sys.stdin read the lines of the test's .in file (run_one.sh feeds it)
import sys
name = input()
print("hello", name)
print(repr(input("prompt> ")))
print(sys.stdin.readline().rstrip("\n").upper())
rest = sys.stdin.read()
print(len(rest.splitlines()), repr(rest[-4:]))
try:
    input()
except EOFError as e:
    print("EOFError", e)
