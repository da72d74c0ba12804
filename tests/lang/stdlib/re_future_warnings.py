# FutureWarnings of the re parser for syntax that may change meaning in the future.
import re
import warnings


def check(pattern, text='a'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        re.purge()
        try:
            m = re.search(pattern, text)
        except re.error as e:
            m = None
            print(type(e).__name__, e)
    print(repr(pattern), m is not None, [(x.category.__name__, str(x.message), x.lineno) for x in w])


check(r'[[:alpha:]]')
check(r'[a--b]', '-')
check(r'[!--]', '-')
check(r'[a--]', '-')
check(r'[a&&b]', '&')
check(r'[a~~b]', '~')
check(r'[a||b]', '|')
check(r'[--a]', '-')
check(r'[a-c]')
check(r'[\[a]')
check(r'[^[a]', 'b')
check(r'[a-]-]', '-')
re.purge()
re.compile(r'[[x]')  # reported at this line under the default filters
