# date, time and datetime pickle as CPython's C types do: a bytes state (the fold bit in the
# hour or month byte from protocol 4 on), taken back by the constructors with only the month
# (hour) byte checked; Python 2 pickles (str states, latin1) load; datetime's repr puts fold
# before tzinfo; the constructors convert each argument before reporting a missing one.
import datetime as d, pickle, copy
print(d.date(2015,11,27).__reduce__(), d.date(2015,11,27).__reduce_ex__(2))
t=d.time(1,2,3,4,fold=1); print(t.__reduce_ex__(4), t.__reduce_ex__(3), t.__reduce__())
t=d.datetime(2000,1,2,1,2,3,4,fold=1,tzinfo=d.UTC); print(t.__reduce_ex__(4), t.__reduce__())
for a in [(b'\x07\xdf\x0b\x1b', 1), ('\u0100\xdf\x0b\x1b',), ('\x07\xdf\x0b\x1b',), (b'19\x0095',), (b'1995', 7)]:
  try: print(repr(d.date(*a)))
  except Exception as e: print(type(e).__name__, e)
for a in [(b'\x01\x02\x03\x00\x00\x04', 'EST'), ('\u0100\x02\x03\x00\x00\x04',), ('\x81\x02\x03\x00\x00\x04',None), ('\x18\x02\x03\x00\x00\x04',)]:
  try: x=d.time(*a); print(repr(x), x.fold)
  except Exception as e: print(type(e).__name__, e)
for a in [('\u0100\x02\x03\x00\x00\x04\0\0\0\0',), ('\x07\xdf\x8b\x1b\x00\x00\x04\0\0\x01',d.UTC), (b'\x07\xdf\x8b\x1b\x00\x00\x04\0\0\x01',d.UTC,1), (b'\x07\xdf\x0b\x1b\x00\x00\x04\0\0\x01','EST')]:
  try: x=d.datetime(*a); print(repr(x), x.fold)
  except Exception as e: print(type(e).__name__, e)
print(repr(d.date(b'\x07\xdf\x0b\x1b', month=3)))
# the unchecked state: an insane day is kept as it is
print(d.date(b'19\x035').day)
for obj in (d.date(2015, 11, 27), d.time(23, 59, 1, 999999, fold=1),
            d.datetime(1, 12, 31, 23, 0, 0, 65536, tzinfo=d.timezone(d.timedelta(hours=-5), 'EST'), fold=1)):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(proto, repr(back), back.fold if hasattr(back, 'fold') else '-')
    print(repr(copy.copy(obj)), repr(copy.deepcopy(obj)))
print(pickle.loads(b"cdatetime\ndate\n(S'\\x07\\xdf\\x0b\\x1b'\ntR.", encoding='latin1'))
print(repr(pickle.loads(b'\x80\x02cdatetime\ndatetime\nU\n\x07\xdf\x0b\x1b\x14\x3b\x01\x01\xe2\x40\x85R.', encoding='latin1')))
