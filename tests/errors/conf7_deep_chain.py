def level3():
    raise KeyError('k3')
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError('v2')
def level1():
    try:
        level2()
    except ValueError as e:
        raise TypeError('t1') from e
try:
    level1()
except TypeError as e:
    e.add_note('note on t1')
    raise RuntimeError('top') from e
