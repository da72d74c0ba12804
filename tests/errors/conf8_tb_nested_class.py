class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()
def process(s):
    total = 0
    for _ in range(3):
        total += s.pop()
    return total
s = Stack()
s.items.extend([1, 2])
print("start")
print(process(s))
