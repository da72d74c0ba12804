def inner():
    raise KeyError('missing')
def outer():
    try:
        inner()
    except KeyError as e:
        e.add_note('while processing item 3')
        raise ValueError('bad item') from e
outer()
