# datetime.combine takes keywords (date=, time=, tzinfo=) with the C parser's messages.
import datetime as d
for a,k in [((),{}),((1,),{}),((d.date(1,1,1),d.time(),None,1),{}),((d.date(1,1,1),),{'x':1}),((d.date(1,1,1),),{'date':1}),
            ((), {'time': d.time(1, 2, tzinfo=d.UTC), 'date': d.date(2000, 1, 2)}), ((d.date(2000,1,2), d.time(1, 2, tzinfo=d.UTC)), {'tzinfo': None}),
            ((d.date(2000,1,2), d.time(1, 2, tzinfo=d.UTC), d.timezone.min), {}), ((d.date(2000,1,2), 5), {}), ((d.date(2000,1,2), d.time()), {'y': 1})]:
  try: print(repr(d.datetime.combine(*a,**k)))
  except Exception as e: print(type(e).__name__, e)
for a in [(b'1995',), (1.5,), (2000, 1.5), (2000, 1, 2, 3.5)]:
  for cls in (d.date, d.datetime):
    try: print(repr(cls(*a)))
    except Exception as e: print(type(e).__name__, e)
