# Runs CPython's csv.py (DictReader, DictWriter, Sniffer, the dialect classes) over
# safepy's _csv (imported under a cpy_ prefix from the directory run.sh prepares).
import io
import cpy_csv as csv

rows = [['id', 'name', 'note'], [1, 'Ann', 'says "hi"'], [2, 'Bob', 'a,b'], [3, '', 'two\nlines']]
buf = io.StringIO()
w = csv.writer(buf, dialect=csv.excel)
w.writerows(rows)
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf)))
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=['a', 'b'], restval='-', dialect='unix')
dw.writeheader()
dw.writerows([{'a': 1}, {'a': 2, 'b': 'x y'}])
print(repr(buf.getvalue()))
try:
    dw.writerow({'a': 1, 'zz': 2})
except ValueError as e:
    print(e)
buf.seek(0)
dr = csv.DictReader(buf, restkey='rest')
print(dr.fieldnames, list(dr), dr.line_num)
print(list(csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restval='?')))
sn = csv.Sniffer()
d = sn.sniff('name|age|city\nann|30|x\nbob|25|y\n')
print(d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, sn.has_header('name,age\nann,30\nbob,25\n'))
print(list(csv.reader(io.StringIO('name|age\nann|30\n'), d)))


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True


csv.register_dialect('semi', Semi)
buf = io.StringIO()
csv.writer(buf, 'semi').writerow(["it's", 'a;b', 3])
print(repr(buf.getvalue()), csv.get_dialect('semi').delimiter, 'semi' in csv.list_dialects())
for bad in (lambda: csv.Dialect(), lambda: csv.get_dialect('nope'), lambda: csv.reader([], delimiter='ab'),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])):
    try:
        bad()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
