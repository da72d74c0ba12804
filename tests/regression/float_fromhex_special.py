# float.fromhex's inf/nan words go through the same helper as float(): signs, any case,
# surrounding whitespace; anything else after the word is an error.
import math
for s in ['inf', '-INF', '+Infinity', ' -infinity\n', 'nan', '-NaN', ' +nan ', 'infx',
          'in', 'nana', '--inf', '-', '', '0x1p3', '-0x1.8p1', ' 0X.8 ', 'infinity1']:
    try:
        v = float.fromhex(s)
        print(repr(s), v, math.copysign(1.0, v))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
