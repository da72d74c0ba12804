import csv, io
text = 'id,name,score\n1,Ann,90\n2,Bob,\n3,Cy,77,extra\n4\n'
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames)
for row in r:
    print(row)
r = csv.DictReader(io.StringIO(text), restkey='more', restval='NA')
print([row for row in r])
r = csv.DictReader(io.StringIO('1,2\n3,4\n'), fieldnames=['a', 'b'])
print(list(r), r.line_num)
s = io.StringIO()
w = csv.DictWriter(s, fieldnames=['x', 'y'], restval='-', lineterminator='\n')
w.writeheader()
w.writerow({'x': 1})
w.writerows([{'x': 2, 'y': 3}, {'y': 'q,r'}])
print(repr(s.getvalue()))
try:
    w.writerow({'x': 1, 'z': 2})
except ValueError as e:
    print('ValueError', e)
w2 = csv.DictWriter(io.StringIO(), fieldnames=['x'], extrasaction='ignore')
print(w2.writerow({'x': 1, 'z': 2}))
try:
    csv.DictWriter(io.StringIO(), fieldnames=['x'], extrasaction='bad')
except ValueError as e:
    print('ValueError', e)
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO('\n\na,b\n1,2\n\n3,4\n'))
print(list(r))
# totals by group
data = 'dept,amount\nA,10\nB,5\nA,7.5\nC,1\nB,2\n'
tot = {}
for row in csv.DictReader(io.StringIO(data)):
    tot[row['dept']] = tot.get(row['dept'], 0) + float(row['amount'])
for k in sorted(tot):
    print(k, tot[k])
