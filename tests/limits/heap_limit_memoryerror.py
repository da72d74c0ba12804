# With --max-heap 64M, filling the heap raises MemoryError; the program catches it,
# drops the data and carries on allocating normally. (CPython has no heap limit, so the
# expected output is written by hand.)
chunks = []
try:
    while True:
        chunks.append("x" * 1000000)
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError after", "more than 10" if n > 10 else n, "chunks")
total = 0
for i in range(100000):
    total += len([i] * 10)
print("recovered", total)
