"""Helper submodule with simple functions."""
def double(x):
    return x * 2
def triple(x):
    return x * 3
NAME = __name__
