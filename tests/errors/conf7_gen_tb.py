def gen():
    yield 1
    raise IndexError('in gen')
for x in gen():
    pass
