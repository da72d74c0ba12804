l = []
try:
    while True:
        l.append('x' * 100000)
except MemoryError:
    n = len(l)
    l = None
    print('caught MemoryError', n > 10)
print('done')
