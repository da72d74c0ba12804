# Notes added with add_note() appear after the exception line.
def process(item):
    try:
        raise ValueError(f'cannot process {item!r}')
    except ValueError as e:
        e.add_note('hint: items must be integers')
        e.add_note(f'item index: {3}')
        raise


process('abc')
