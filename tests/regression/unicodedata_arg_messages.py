# name/decimal/digit/numeric said "argument" where CPython says "argument 1" (they take a default)
import unicodedata as u
for f in (u.name, u.decimal, u.digit, u.numeric, u.category, u.bidirectional, u.combining,
          u.east_asian_width, u.mirrored, u.decomposition):
    for arg in ('ab', '', 5):
        try:
            f(arg)
        except TypeError as e:
            print(f.__name__, e)
