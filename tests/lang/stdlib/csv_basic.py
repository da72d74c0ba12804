import csv, io, os
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(['name', 'age', 'note']))
w.writerows([['Ann', 30, 'likes, commas'], ['Bob', 4.25, 'say "hi"'], ['C', None, 'multi\nline']])
print(repr(s.getvalue()))
rows = list(csv.reader(io.StringIO(s.getvalue(), newline='')))
print(rows)
r = csv.reader(['a,b', 'c,d', '', 'e'])
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\tb'], dialect='excel-tab')))
print(list(csv.reader(["'x,y',z"], quotechar="'")))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a""b",c'])))
print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a,b\r\n', 'c,d\n'])))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=q).writerow(['a', 1, 2.5, None, ''])
    print(q, repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, dialect='unix').writerow(['a', 1])
csv.writer(s, 'excel-tab').writerow(['a b', 'c\td'])
csv.writer(s, lineterminator='\n', delimiter='|').writerow(['x|y', 'z'])
print(repr(s.getvalue()))
print(sorted(csv.list_dialects()))
csv.register_dialect('semi', delimiter=';', quoting=csv.QUOTE_ALL)
d = csv.get_dialect('semi')
print(d.delimiter, d.quoting, d.quotechar, repr(d.lineterminator), d.doublequote)
s = io.StringIO()
csv.writer(s, 'semi').writerow(['a', 'b'])
print(repr(s.getvalue()))
csv.unregister_dialect('semi')
try:
    csv.unregister_dialect('semi')
except csv.Error as e:
    print('Error', e)
class my(csv.excel):
    delimiter = ':'
s = io.StringIO()
csv.writer(s, my).writerow(['a', 'b:c'])
print(repr(s.getvalue()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))
print(csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(['a' * 11]))
except csv.Error as e:
    print('Error', e)
csv.field_size_limit(131072)
from decimal import Decimal
from fractions import Fraction
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerow([Decimal('1.5'), Fraction(1, 3), True, 'x', b'y', 2j])
print(repr(s.getvalue()))
print(list(csv.reader(['a\\'], escapechar='\\')), list(csv.reader(['"a\\', 'b"'], escapechar='\\')))
print(list(csv.reader(['a,"b', 'c"'])), list(csv.reader(['a,'])), list(csv.reader(['', ','])))
try:
    list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError', e)
r = csv.reader(['a,"b', 'c'], strict=True)
try:
    next(r)
except csv.Error as e:
    print('Error', e)
class bad(csv.Dialect):
    delimiter = ''
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
try:
    csv.reader([], bad)
except Exception as e:
    print(type(e).__name__, e)
try:
    bad()
except Exception as e:
    print(type(e).__name__, e)
