# An exception raised inside a generator shows both the consumer and generator frames.
def numbers():
    yield 1
    yield 2
    raise ValueError('generator ran out of good numbers')


for n in numbers():
    print('got', n)
