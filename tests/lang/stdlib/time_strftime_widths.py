# time.strftime / datetime.strftime: glibc field widths, flags (_ - 0 ^ #), E/O modifiers only
# where glibc takes them, unknown or malformed directives copied through padded.
import time, datetime
t = time.struct_time((2024, 3, 5, 7, 8, 9, 1, 65, 0))
d = datetime.datetime(2024, 3, 5, 17, 8, 9, 123456)
fmts = ['%10d', '%_5d', '%-d', '%05Y', '%^a', '%#b', '%#P', '%P', '%^P', '%10A', '%-10A', '%_10A', '%010d', '%3Y', '%10Y', '%_Y', '%-Y', '%1d', '%^B', '%#A', '%#Z', '%^p', '%#p', '%Ey', '%EY', '%Ec', '%EC', '%Ex', '%EX', '%Od', '%Oe', '%OH', '%OI', '%Om', '%OM', '%OS', '%Ou', '%OU', '%OV', '%Ow', '%OW', '%Oy', '%Ed', '%Oa', '%OY', '%_3j', '%-j', '%08j', '%-H', '%_H', '%-I', '%-m', '%-M', '%-S', '%-y', '%_y', '%0e', '%-e', '%^c', '%^x', '%#c', '%20c', '%-20c', '%_20c', '%020c', '%5%', '%-%', '%^%', '%10n', '%5t', '%10D', '%10F', '%10T', '%12R', '%15r', '%-5z', '%10z', '%_10z', '%^Z', '%+Y', '%+10Y', '%-G', '%10G', '%-g', '%_V', '%-u', '%5w', '%-U', '%10C', '%-C', '%_C', '%4h', '%^h', '%#h', '%k', '%-k', '%0k', '%l', '%-l', '%0l', '%^10a', '%#10a', '%10^a', '%-^a', '%E', '%O', '%5', '%-', '%_', '%Q', '%5Q', '%-Q', '%EQ', '%Ez', '%Oz', '%:z', '%10%', '%0_5d', '%_05d', '%-05d', '%05-d', '%#^b', '%^#b', '%#x', '%#X']
for f in fmts:
    a = time.strftime(f, t)
    try:
        b = d.strftime(f)
    except Exception as e:
        b = type(e).__name__ + str(e)
    print(repr(f), repr(a), repr(b))

# flags in any order, the last padding flag wins; a flag after the width ends the directive
for f in ['%_-5d', '%-_5d', '%0-_3e', '%^#a|%#^A', '%#Z', '%^z', '%3^d', '%5E', '%E^a', '%O5d']:
    print(repr(f), repr(time.strftime(f, t)))
# a result too long for CPython's largest buffer is ''
for f in ['%1000d', '%1022d|', '%2000Y', '%5000d', '%2147483647d', '%99999999999999999999d']:
    print(repr(f), len(time.strftime(f, t)))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST')
a = datetime.datetime(2024, 12, 30, 9, 5, tzinfo=tz)
for f in ['%G-%V-%u', '%-j', '%_10B|', '%#p %^P', '%z %Z', '%5Z', '%-10f', '%10z', '%-I:%M %p', '%e/%-m', '%Ec', '%Ox']:
    print(repr(f), repr(a.strftime(f)), repr(a.date().strftime(f)), repr(format(a.time(), f)))
# mktime and %s read a positive isdst as summer time (an hour earlier, here where there is none)
print(time.mktime((2024, 3, 5, 7, 8, 9, 1, 65, 1)) - time.mktime((2024, 3, 5, 7, 8, 9, 1, 65, 0)))
