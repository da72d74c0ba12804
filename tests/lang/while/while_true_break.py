# while True loops exited with break or return.
count = 0
while True:
    count += 1
    if count >= 7:
        break
print(count)
def first_power_over(limit):
    p = 1
    while True:
        p *= 2
        if p > limit:
            return p
print(first_power_over(1000))
queue = ['a', 'b', 'STOP', 'c']
processed = []
while True:
    item = queue.pop(0)
    if item == 'STOP':
        break
    processed.append(item)
print(processed, queue)
