def g():
    try:
        yield 1
    finally:
        print('cleanup')
it = g()
next(it)
it.close()
print(it.gi_frame)
raise StopIteration('top-level stop')
