# csv.Sniffer guesses as CPython's: quote character and delimiter from quoted fields,
# doublequote from whole fields, record separators \r\n and \r as line ends, the
# frequency-table guess with its preferred list, has_header by column types; and
# _csv.Dialect objects are read-only and refuse copy/pickle
import csv, copy, pickle
samples = [
    """Harry's, Arlington Heights, IL, 2/1/03, Kimi Hayes
Shark City, Glendale Heights, IL, 12/28/02, Prezence
Tommy's Place, Blue Island, IL, 12/28/02, Blue Sunday/White Crow
Stonecutters Seafood and Chop House, Lemont, IL, 12/19/02, Week Back
""",
    "'Harry''s':'Arlington Heights':'IL':'2/1/03':'Kimi Hayes'\n"
    "'Shark City':'Glendale Heights':'IL':'12/28/02':'Prezence'\n",
    'a|b|c\n1|2|3\n4|5|6\n',
    'name;age;city\n"Smith, J";42;"New ""York"""\r\n"Doe";7;"LA"\r\n',
    'x y z\n1 2 3\n4 5 6\n7 8 9\n',
    '"a"\n"b"\n"c"\n',
    ('x,"a""b"\r' + 'y,"c"\r') * 2,
    ('"",","' + '\r\n') * 4,
    '1,2,3\n4,5,6\n' * 30 + '7;8\n',
]
s = csv.Sniffer()
for sample in samples:
    try:
        d = s.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.lineterminator == '\r\n', d.quoting)
    except csv.Error as e:
        print('Error', e)
print(s.sniff('a:b,c:d\n1:2,3:4\n', delimiters=',').delimiter)
try:
    s.sniff('"abcdefghijklmnopqrstuvwxyz"\n' * 2000, delimiters=',:|\t')
except csv.Error as e:
    print(e)
print(s.has_header('name,age\nann,12\nbob,13\n'), s.has_header('1,2\n3,4\n5,6\n'),
      s.has_header('abc,de\nxyz,fg\nqrs,tu\n'), s.has_header('"Venture","Stage"\n"Acme","2"\n"Inc","3"\n'))
d = csv.get_dialect('excel')
print(type(d).__module__, type(d).__name__)
for f in (lambda: copy.copy(d), lambda: pickle.dumps(d, 2), lambda: setattr(d, 'delimiter', ':'),
          lambda: delattr(d, 'quoting'), lambda: setattr(d, 'foo', 1),
          lambda: csv.register_dialect('bad', badargument=None), lambda: csv.register_dialect('bad', quoting=None)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print('bad' in csv.list_dialects(), '__doc__' in csv.__all__)
