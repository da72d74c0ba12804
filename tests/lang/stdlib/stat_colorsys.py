# stat: constants, S_IS*/S_IMODE/S_IFMT, filemode; colorsys: round trips of all systems.
import stat, colorsys, os

names = [n for n in dir(stat) if n.isupper() and not n.startswith('FILE_ATTRIBUTE')]
print(sorted((n, getattr(stat, n)) for n in names if n not in ('S_IFDOOR', 'S_IFPORT', 'S_IFWHT') and isinstance(getattr(stat, n), int)))
for mode in (0o100644, 0o040755, 0o120777, 0o104755, 0o102711, 0o041777, 0o041776,
             0o020600, 0o060660, 0o010644, 0o140755, 0o000000, 0o107777):
    print(oct(mode), stat.filemode(mode), stat.S_IMODE(mode), stat.S_IFMT(mode),
          [f for f in ('S_ISDIR', 'S_ISREG', 'S_ISLNK', 'S_ISCHR', 'S_ISBLK', 'S_ISFIFO', 'S_ISSOCK',
                       'S_ISDOOR', 'S_ISPORT', 'S_ISWHT') if getattr(stat, f)(mode)])
st = os.stat('.')
print(stat.S_ISDIR(st.st_mode), stat.S_ISDIR(st[stat.ST_MODE]))
print(stat.FILE_ATTRIBUTE_DIRECTORY, stat.FILE_ATTRIBUTE_HIDDEN)

colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
          (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (0.9, 0.1, 0.7), (0.25, 0.75, 0.5), (1.0, 1.0, 0.0)]
for rgb in colors:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, [round(x, 12) for x in yiq], hls, hsv)
    print('  ', [round(x, 12) for x in colorsys.yiq_to_rgb(*yiq)], colorsys.hls_to_rgb(*hls),
          colorsys.hsv_to_rgb(*hsv))
for h in (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0):
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
