help('nonexistent_xyz')
print('---')
print('---')
def f(a, *, b=1) -> int:
    return a
help(f)
print('---')
class Q:
    "Q doc"
    def __init__(self, v):
        'Make a Q.'
        self.v = v
    def __repr__(self):
        'Show Q.'
        return 'Q'
help(Q)
help(Q(1))
