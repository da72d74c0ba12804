# OSError's third argument (session 13), as CPython's oserror_init: for an exact
# BlockingIOError a number there is characters_written (safepy took it as a filename:
# str() said "[Errno 11] msg: 7"); a None filename leaves args untrimmed and filename2
# unset; OSError.characters_written is an attribute that is absent until set.
def t(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e)
e = OSError(1, 'x')
t('unset', lambda: e.characters_written)
e.characters_written = 5; t('set', lambda: e.characters_written)
del e.characters_written; t('deleted', lambda: e.characters_written)
def d(): del e.characters_written
t('del again', d)
def s(v): e.characters_written = v
t('set str', lambda: s('a')); t('set float', lambda: s(1.5)); t('set huge', lambda: s(2**70)); t('set bool', lambda: s(True) or e.characters_written)
b = BlockingIOError(11, 'msg', 7)
t('bio', lambda: (b.characters_written, b.args, str(b), b.filename, b.errno, b.strerror))
b = BlockingIOError(11, 'msg'); t('bio2', lambda: (b.args, str(b)))
t('bio3', lambda: BlockingIOError(11, 'msg', 'file.txt').args)
t('bio4', lambda: str(BlockingIOError(11, 'msg', 'file.txt')))
t('bio float', lambda: BlockingIOError(11, 'msg', 2.5))
t('bio huge', lambda: BlockingIOError(11, 'msg', 2**70))
class MyBIO(BlockingIOError): pass
t('sub', lambda: (MyBIO(11, 'm', 3).args, MyBIO(11, 'm', 3).filename))
t('oserror 11', lambda: type(OSError(11, 'x', 5)).__name__)
t('oserror 11 args', lambda: OSError(11, 'x', 5).args)
t('none fn', lambda: OSError(1, 'x', None).args)
t('none fn5', lambda: (OSError(1, 'x', None, None, 'b').args, OSError(1, 'x', None, None, 'b').filename2))
t('fn2 none', lambda: (OSError(1, 'x', 'a', None, None).args, OSError(1, 'x', 'a', None, None).filename2, str(OSError(1, 'x', 'a', None, None))))
t('four', lambda: (OSError(1, 'x', 'f', 0).args, str(OSError(1, 'x', 'f', 0))))
t('str none fn', lambda: str(OSError(1, 'x', None)))
t('dir', lambda: 'characters_written' in dir(OSError))
