import sys
first = input("name? ")
print("hello", first)
line = sys.stdin.readline()
print(repr(line))
rest = sys.stdin.read(4)
print(repr(rest))
for i, l in enumerate(sys.stdin):
    print(i, repr(l))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
value = input("more? ")
