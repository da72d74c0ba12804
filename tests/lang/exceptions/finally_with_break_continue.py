# break and continue inside try/finally in loops.
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('finally', i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print('cleanup', i)
print('stopped at', i)
count = 0
while True:
    try:
        count += 1
        raise RuntimeError('x')
    except RuntimeError:
        if count < 3:
            continue
        break
    finally:
        print('attempt', count)
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        break
print('break in finally swallowed exception', i)
