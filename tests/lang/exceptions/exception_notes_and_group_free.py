# add_note (3.11) attaches notes stored in __notes__.
try:
    try:
        raise ValueError('base')
    except ValueError as e:
        e.add_note('first note')
        e.add_note('second note')
        raise
except ValueError as e:
    print(e, e.__notes__)
e = KeyError('k')
print(hasattr(e, '__notes__'))
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e2 = Exception('plain')
print(str(e2), e2.args)
e3 = Exception('with_traceback')
print(e3.with_traceback(None) is e3)
