# urllib.parse's legacy split helpers (used by mimetypes and urllib.request).
from urllib import parse as up
for f, args in ((up._splittype, ('HTTP://x/y',)), (up._splittype, ('/no/scheme',)),
                (up._splithost, ('//h:80/p',)), (up._splithost, ('//h?q',)),
                (up._splithost, ('/p',)), (up._splituser, ('u:p@h@x',)),
                (up._splituser, ('h',)), (up._splitpasswd, ('u:p:q',)),
                (up._splitpasswd, ('u',)), (up._splitport, ('h:8080',)),
                (up._splitport, ('h:',)), (up._splitport, ('h:x',)),
                (up._splitnport, ('h:81',)), (up._splitnport, ('h',)),
                (up._splitnport, ('h:z',)), (up._splitnport, ('h:', 5)),
                (up._splitquery, ('/p?a?b',)), (up._splitquery, ('/p',)),
                (up._splittag, ('/p#t',)), (up._splittag, ('/p',)),
                (up._splitattr, ('/p;a=1;b',)), (up._splitvalue, ('a=b=c',)),
                (up._splitvalue, ('a',))):
    print(f.__name__, args, f(*args))
