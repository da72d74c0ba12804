import codecs
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: '\x80\U000e0001\ud800é'.encode('ascii', 'namereplace'))
t(lambda: 'aé€😀'.encode('latin-1', 'namereplace'))
t(lambda: b'\xff'.decode('ascii', 'namereplace'))
t(lambda: b'\xff'.decode('utf-8', 'namereplace'))
t(lambda: codecs.lookup_error('namereplace')(UnicodeEncodeError('ascii', 'xé€y', 1, 3, 'r')))
t(lambda: codecs.lookup_error('namereplace')(UnicodeDecodeError('ascii', b'\xff', 0, 1, 'r')))
t(lambda: '\ud800'.encode('utf-16-le', 'namereplace'))
t(lambda: 'é'.encode('utf-8', 'namereplace'))
t(lambda: '\ud800'.encode('utf-8', 'namereplace'))
