A = 'A value'
def __getattr__(name):
    if name == 'lazy': return 'lazy value'
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
