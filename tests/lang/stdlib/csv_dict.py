import csv, io, os
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['id', 'name', 'x'])
w.writeheader()
w.writerow({'id': 1, 'name': 'a,b'})
w.writerows([{'id': 2, 'name': 'c', 'x': 3}, {'name': 'only'}])
print(repr(s.getvalue()))
try:
    w.writerow({'id': 1, 'bad': 2})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
w2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='nope')
except ValueError as e:
    print('ValueError', e)
r = csv.DictReader(io.StringIO(s.getvalue()))
print(r.fieldnames)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(['a,b', '1,2,3,4', '5', '', '6,7'], restkey='rest', restval='?')
for row in r:
    print(row)
r = csv.DictReader(['1,2'], fieldnames=['x', 'y'])
print(list(r))
print(csv.DictReader([]).fieldnames)
path = '/tmp/safepy_csv_dict_test_%d.csv' % os.getpid()
with open(path, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['h1', 'h2'])
    w.writerow(['v "1"', 'v\n2'])
with open(path, newline='') as f:
    print(f.read().encode())
with open(path, newline='') as f:
    print(list(csv.DictReader(f)))
os.remove(path)
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n')
print(d.delimiter)
print(sn.has_header('name,age\nann,3\nbob,4\n'))
