# while-else runs only when the loop ends without break.
def find(xs, target):
    i = 0
    while i < len(xs):
        if xs[i] == target:
            print('found at', i)
            break
        i += 1
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
i = 0
odds = []
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    odds.append(i)
else:
    print('else after continue-only loop')
print(odds)
while False:
    pass
else:
    print('else for never-entered loop')
