# except Exception does not catch SystemExit/KeyboardInterrupt; bare except does.
def raiser(exc):
    try:
        raise exc
    except Exception as e:
        return f'Exception caught {type(e).__name__}'
    except BaseException as e:
        return f'BaseException caught {type(e).__name__}'
for exc in [ValueError, SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration]:
    print(raiser(exc))
try:
    raise KeyboardInterrupt
except:
    print('bare except catches everything')
try:
    raise SystemExit(5)
except SystemExit as e:
    print('SystemExit code', e.code)
