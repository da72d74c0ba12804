import datetime as d
tests = [(d.date, (2020,), {'x': 5}), (d.date, (2020,), {'year': 5}), (d.datetime, (2020,1,1), {'foo':1}), (d.time, (), {'hour': 1, 'x': 2}), (d.datetime, (2020,1,1,1,2,3,4,None), {'fold': 1, 'hour': 3}), (d.timedelta, (), {'x': 1}), (d.time, (1,2,3,4,None), {'fold': 0}), (d.datetime, (), {'year':2020,'month':1,'day':2}),
         (d.date, (1,2,3,4), {}), (d.datetime, (1,2,3,4,5,6,7,None,9), {}), (d.time, (1,2,3,4,None,6), {}), (d.timedelta, (1,2,3,4,5,6,7,8), {}), (d.date, (), {}), (d.datetime, (1,), {}), (d.date, (2020, 1), {'day': 5}), (d.date, (), {'day': 5, 'month': 2, 'year': 2000}),
         (d.timedelta, (1,), {'days': 2}), (d.time, (1,), {'hour': 2}), (d.datetime, (2020, 1, 1), {'tzinfo': d.timezone.utc, 'microsecond': 5}), (d.time, (), {'fold': 1, 'tzinfo': None}), (d.timedelta, (), {'weeks': 1, 'days': -1})]
for f, a, k in tests:
    try: print(repr(f(*a, **k)))
    except TypeError as e: print(e)
