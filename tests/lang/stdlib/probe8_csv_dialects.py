import csv, io
rows = [['name', 'qty', 'note'], ['apple', 3, 'red, round'], ['pear', 0, 'say "hi"'], ['x', None, ''], ['multi', 1.5, 'a\nb']]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    w = csv.writer(s, quoting=q)
    w.writerows(rows)
    print(q, repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e'])
print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE)
try:
    w.writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
s = io.StringIO()
w = csv.writer(s, delimiter=';', lineterminator='\n', quotechar="'")
w.writerow(["it's", 'x;y', 3])
print(repr(s.getvalue()))
data = 'a,b,c\r\n1,"2,3",4\r\n"x""y",,z\r\n'
print(list(csv.reader(io.StringIO(data))))
print(list(csv.reader(io.StringIO('a, b, "c"\n'), skipinitialspace=True)))
print(list(csv.reader(io.StringIO("1;2;'3;4'\n"), delimiter=';', quotechar="'")))
print(list(csv.reader(io.StringIO('1,2,3\n4,5,6\n'), quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(io.StringIO('a,b\n'), quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError', e)
try:
    list(csv.reader(io.StringIO('"abc'), strict=True))
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(io.StringIO('"abc'))))
try:
    list(csv.reader(io.StringIO('a"b",c\n'), strict=True))
except csv.Error as e:
    print('Error', e)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_MINIMAL)
print(csv.list_dialects().count('pipes'), csv.get_dialect('pipes').delimiter)
s = io.StringIO()
csv.writer(s, 'pipes').writerow(['a|b', 'c'])
print(repr(s.getvalue()))
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error', e)
csv.unregister_dialect('pipes')
class D(csv.Dialect):
    delimiter = '\t'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
s = io.StringIO()
csv.writer(s, D).writerow(['t\tab', 1])
print(repr(s.getvalue()))
for bad in [dict(delimiter=''), dict(delimiter='ab'), dict(quotechar=''), dict(lineterminator=None), dict(quoting=7), dict(delimiter=1)]:
    try:
        csv.writer(io.StringIO(), **bad)
        print('ok', bad)
    except (TypeError, ValueError, csv.Error) as e:
        print(type(e).__name__, e)
r = csv.reader(io.StringIO('a\nb\nc\n'))
next(r); print(r.line_num, r.dialect.delimiter)
print(csv.field_size_limit())
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n4;5;6\n')
print(d.delimiter, sn.has_header('name;age\nbob;3\nal;40\n'))
