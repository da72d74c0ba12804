# Closures inside methods capture self and method locals.
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0
    def handler(self):
        prefix = 'clicked'
        def on_click():
            self.clicks += 1
            return f'{prefix} {self.label} x{self.clicks}'
        return on_click
b = Button('OK')
h = b.handler()
print(h(), h(), b.clicks)
handlers = [Button(n).handler() for n in ['A', 'B']]
print([fn() for fn in handlers])
