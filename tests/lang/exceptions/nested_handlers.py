# Nested try blocks: inner handlers first, unhandled ones propagate outward.
def level(kind):
    try:
        try:
            if kind == 'value':
                raise ValueError('v')
            if kind == 'key':
                raise KeyError('k')
            if kind == 'type':
                raise TypeError('t')
            return 'none'
        except ValueError as e:
            return f'inner caught {e}'
        finally:
            print('  inner finally for', kind)
    except KeyError as e:
        return f'outer caught {e}'
for kind in ['none', 'value', 'key']:
    print(level(kind))
try:
    level('type')
except TypeError as e:
    print('top level caught', e)
