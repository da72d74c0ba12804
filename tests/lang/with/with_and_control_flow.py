# __exit__ runs when the body returns, breaks or continues.
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.tag)
def f():
    with CM('return'):
        return 'value'
print(f())
for i in range(3):
    with CM(f'loop {i}'):
        if i == 0:
            continue
        if i == 1:
            break
print('after loop', i)
def g():
    with CM('outer'):
        with CM('inner'):
            return 'nested return'
print(g())
