from datetime import datetime
import time
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
P = datetime.strptime
for s, f in [('2023-06-15 14:30:00', '%Y-%m-%d %H:%M:%S'), ('15/06/23', '%d/%m/%y'), ('June 15, 2023', '%B %d, %Y'), ('Thu, 15 Jun 2023 14:30:00 +0000', '%a, %d %b %Y %H:%M:%S %z'),
             ('2023-06-15T14:30:00.123Z', '%Y-%m-%dT%H:%M:%S.%f%z'), ('20230615', '%Y%m%d'), ('1:5:9', '%H:%M:%S'), ('12 AM', '%I %p'), ('12 PM', '%I %p'), ('1 pm', '%I %p'),
             ('2023 166', '%Y %j'), ('2023 24 4', '%Y %W %w'), ('2023 24 0', '%Y %U %w'), ('2023-W24-4', '%G-W%V-%u'), ('monday 2023 1', '%A %Y %W'), ('  2023', '%Y'), ('2023\t06', '%Y %m'),
             ('68', '%y'), ('69', '%y'), ('99', '%y'), ('00', '%y'), ('UTC 2023', '%Z %Y'), ('gmt', '%Z'), ('+05:30', '%z'), ('-0130', '%z'), ('+01:02:03.5', '%z'), ('%2023', '%%%Y'),
             ('2023-02-29', '%Y-%m-%d'), ('2024-02-29', '%Y-%m-%d'), ('31 4', '%d %m'), ('2023 13', '%Y %m'), ('2023 0', '%Y %m'), ('99999', '%Y'), ('1 2 3', '%d %m'), ('2023', '%G'), ('5', '%V'),
             ('2023 5', '%Y %V'), ('2023 1 7', '%G %V %j'), ('12:00:61', '%H:%M:%S'), ('x', '%Q'), ('x', 'x%'), ('Tue Jan  2 03:04:05 2024', '%c'), ('01/02/24', '%x'), ('03:04:05', '%X'), ('   ', ' '),
             ('jAN 5', '%b %d'), ('sept 5', '%b %d'), ('5.1234567', '%S.%f')]:
    t(P, s, f)
t(time.strptime, '2023-06-15', '%Y-%m-%d'); t(time.strptime, 'Thu Jun 15 14:30:00 2023'); t(time.strptime, 5); t(time.strptime, '2023', 5)
r = time.strptime('2023 +0100 XYZ', '%Y %z XYZ'); print(r, r.tm_zone, r.tm_gmtoff)
r = time.strptime('UTC', '%Z'); print(r.tm_zone, r.tm_gmtoff, r.tm_isdst)
