# _csv: the reader/writer/dialect API CPython keeps in C, importable on its own.
import _csv
import csv
print(_csv.reader is csv.reader, _csv.Error is csv.Error, _csv.QUOTE_NONE, _csv.__version__)
d = _csv.Dialect(delimiter=';', quoting=_csv.QUOTE_ALL)
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, d.lineterminator == '\r\n', d.strict)
e = _csv.Dialect('excel-tab')
print(repr(e.delimiter), e.skipinitialspace)


class Base:
    delimiter = '|'
    quotechar = '"'
    lineterminator = '\n'


print(_csv.Dialect(Base, escapechar='\\').escapechar, _csv.Dialect(Base).delimiter)
for bad in (lambda: _csv.Dialect(delimiter='ab'), lambda: _csv.Dialect(bogus=1),
            lambda: _csv.Dialect(quoting=9), lambda: _csv.Dialect('nope')):
    try:
        bad()
    except (TypeError, _csv.Error) as ex:
        print(type(ex).__name__, ex)
print(list(_csv.reader(['a;b'], d)), sorted(_csv._dialects)[:3])
