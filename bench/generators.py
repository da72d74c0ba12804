# A generator pipeline.
def numbers(n):
    for i in range(n):
        yield i

def squares(it):
    for x in it:
        yield x * x

def evens(it):
    return (x for x in it if x % 2 == 0)

def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

total = 0
count = 0
for c in chunks(evens(squares(numbers(3000000))), 100):
    total += sum(c)
    count += 1
print(count, total)
