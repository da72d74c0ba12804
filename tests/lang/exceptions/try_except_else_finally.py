# All combinations of try/except/else/finally and the order they run.
def run(fail):
    try:
        print('  try')
        if fail:
            raise ValueError('boom')
    except ValueError as e:
        print('  except', e)
    else:
        print('  else')
    finally:
        print('  finally')
print('no error:'); run(False)
print('error:'); run(True)
try:
    print('try-finally')
finally:
    print('finally only')
try:
    pass
except Exception:
    print('not reached')
else:
    print('else without finally')
try:
    try:
        raise KeyError('inner')
    finally:
        print('inner finally runs before outer except')
except KeyError as e:
    print('outer caught', e)
