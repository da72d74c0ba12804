# assert used for invariants inside methods; failures carry the message object.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        assert self.items[-1] is x
    def pop(self):
        assert self.items, 'pop from empty Stack'
        return self.items.pop()
s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.pop())
try:
    s.pop()
except AssertionError as e:
    print(type(e).__name__, e)
checks = [(1, 1), (2, 3), (4, 4)]
for a, b in checks:
    try:
        assert a == b, (a, b)
        print('ok', a)
    except AssertionError as e:
        print('mismatch', e.args[0])
print(issubclass(AssertionError, Exception))
err = AssertionError('manual')
print(repr(err))
