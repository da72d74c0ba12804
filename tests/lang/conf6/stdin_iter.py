import io, sys
# stdin replaced by a StringIO: input() and iteration read from sys.stdin
sys.stdin = io.StringIO('World\n3\n1 2 3\nline four\nfive\nsix')
total = 0
for i, line in enumerate(sys.stdin):
    total += len(line)
    print(i, repr(line))
print(total)
print(sys.stdin.readline() == '')
