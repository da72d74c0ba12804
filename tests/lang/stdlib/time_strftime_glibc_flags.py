import time
t=time.struct_time((2009,7,4,5,6,7,5,185,0))
for f in ['%-d','%-m','%-H','%-I','%-M','%-S','%-j','%-y','%_d','%0d','%^a','%#b','%-Y','%-e','%E','%O','%Od','%Ey','%k','%l','%P','%s','%C','%D','%F','%T','%R','%r','%h','%n','%t','%g','%u','%V','%G','%-','%Q', '%-Q', '%^p', '%#p', '%^B', '%#A', '%_m/%_H', '%0e', '%-%', '%^c', '%-x', '%_j', '%-U', 'x%^', '%#Z', '%-k', '%^-d']:
    print(repr(f), repr(time.strftime(f,t)))
# the same flags through datetime/date formatting
from datetime import datetime, date
d = datetime(2024, 3, 5, 7, 8, 9)
print(d.strftime('%-d/%-m/%Y %-I:%M %p'), f'{d:%B %-d, %Y}', date(2024, 1, 9).strftime('%_d|%^A|%#B'))
