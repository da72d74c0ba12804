# csv: dialect argument checks (lineterminator None, quoting exactly int, quotechar None
# turning quoting off only without a dialect).
import csv,io
for kw in [dict(lineterminator=None), dict(lineterminator=5), dict(lineterminator=''), dict(escapechar='ab'), dict(escapechar=5), dict(quotechar=5), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(doublequote=False), dict(skipinitialspace=1), dict(strict=[]), dict(delimiter=None), dict(quoting='x'), dict(quoting=None), dict(quoting=True)]:
  try:
    s = io.StringIO(); w=csv.writer(s, **kw); print('ok', kw, w.dialect.quoting); w.writerow(['a', 'b c'])
  except Exception as e: print(type(e).__name__, e)
for d in ('excel', csv.excel_tab, None):
    try:
        w = csv.writer(io.StringIO(), d, quotechar=None) if d else csv.writer(io.StringIO(), quotechar=None)
        print('ok', w.dialect.quoting)
    except Exception as e:
        print(type(e).__name__, e)
print(list(csv.reader(['a,"b"'], quotechar=None)))
