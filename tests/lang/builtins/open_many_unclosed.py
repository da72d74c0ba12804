# Files opened and read to the end without close() do not exhaust host file handles.
p = '/tmp/safepy_test_open_many.txt'
with open(p, 'w') as f:
    f.write('line\n' * 3)
total = 0
for i in range(3000):
    total += len(open(p).read())
for i in range(3000):
    for line in open(p):
        total += 1
print(total)
