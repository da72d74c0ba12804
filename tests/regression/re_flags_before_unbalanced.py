# Incompatible flags (inline ones included) are reported before an unbalanced ')' or a
# bad group reference, as CPython 3.11's parser does (the re fuzz harness met (?u) with
# re.ASCII; safepy gave "unbalanced parenthesis" where CPython raises ValueError).
import re
cases = [
    (r'(?u)x)', re.ASCII), (r'(?u)x', re.ASCII), (r'(?a)(?u)x', 0), (r'x)', re.ASCII),
    (r'(?u)x\2', re.ASCII), (r'x\2', 0), (r'(?u)^u00e9', re.ASCII | re.IGNORECASE),
    (rb'(?a)x)', re.LOCALE), (rb'x)', re.LOCALE), (rb'(?u)x', 0), (r'(?L)x', 0),
    (r'(?u)x', 0), (rb'(?L)x', 0),
]
for pat, fl in cases:
    try:
        p = re.compile(pat, fl)
        print(repr(pat), int(fl), 'ok', p.flags)
    except ValueError as e:
        print(repr(pat), int(fl), 'ValueError', e)
    except re.error as e:
        print(repr(pat), int(fl), 're.error', e)
