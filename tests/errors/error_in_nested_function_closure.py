# Traceback through a closure returned from a factory.
def make_divider(d):
    def divide(x):
        return x // d
    return divide


half = make_divider(2)
broken = make_divider(0)
print(half(10))
print(broken(10))
