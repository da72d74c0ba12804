import csv, io
data = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n'
rows = list(csv.reader(io.StringIO(data)))
print(rows)
for r in csv.DictReader(io.StringIO(data)):
    print(r)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'val'], extrasaction='ignore')
w.writeheader()
w.writerow({'id': 1, 'val': 'a,b', 'extra': 0})
w.writerows([{'id': 2}, {'id': 3, 'val': None}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'b': 1})
except ValueError as e:
    print(type(e).__name__, e)
out = io.StringIO()
csv.writer(out, delimiter=';', quoting=csv.QUOTE_NONNUMERIC).writerow(['x', 1, 2.5, None])
csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator='\n').writerow(['q', 3])
csv.writer(out, quoting=csv.QUOTE_MINIMAL, quotechar="'").writerow(["it's", 'a b', ''])
print(repr(out.getvalue()))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')), list(csv.reader(['1, 2,  3'], skipinitialspace=True)))
print(list(csv.reader(io.StringIO('"a\nb",c\n'))), list(csv.reader(['x\ty'], dialect='excel-tab')))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print(type(e).__name__, e)
try:
    list(csv.reader(['"abc"d"'], strict=True))
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(['"abc"d"'])), csv.list_dialects(), csv.QUOTE_NONNUMERIC)
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n')
print(d.delimiter, sn.has_header('name,age\nbob,3\nann,4\n'))
r = csv.reader(io.StringIO('a,b\n1,2\n'))
next(r)
print(r.line_num, list(csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n'), restkey='rest', restval='NA')))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_NONE, escapechar='\\')
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a|b', 'c'])
print(repr(out.getvalue()), list(csv.reader(['a\\|b|c'], 'pipes')))
try:
    csv.reader([], delimiter='ab')
except TypeError as e:
    print(type(e).__name__, e)
