# re.Match and re.Pattern (C types in CPython, Python classes here) are not acceptable
# base types, also through typing.Match/Pattern; the message names the type as CPython.
import re, typing
for b in (re.Match, re.Pattern, typing.Match, typing.Pattern, bool):
    try:
        class A(b): pass
        print('ok')
    except TypeError as e: print(e)
print(re.compile('a').match('a'), re.Match, re.Pattern, type(re.compile('x')))
try: re.compile('a').foo
except AttributeError as e: print(e)
