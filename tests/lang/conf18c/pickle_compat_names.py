# protocols 0-2 with fix_imports write Python 2 names (_compat_pickle's REVERSE tables)
# and read them back (IMPORT_MAPPING / NAME_MAPPING)
import _compat_pickle
import collections
import functools
import pickle

objs = [range(1, 7), functools.reduce, Exception, map, FileNotFoundError,
        ModuleNotFoundError, collections.UserDict, collections.UserList, str, int,
        KeyError, zip, filter, functools.partial]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in objs:
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        same = back == obj if not isinstance(obj, type) else back is obj
        print(proto, data, same)
    print(proto, pickle.dumps(range(3), proto, fix_imports=False))
for data in (b'c__builtin__\nxrange\n(I1\nI4\ntR.', b'cexceptions\nValueError\n.',
             b'citertools\nimap\n.', b'cUserDict\nIterableUserDict\n.', b'cCookie\nSimpleCookie\n.',
             b'c__builtin__\nunicode\n.'):
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(pickle.loads(data, fix_imports=False))
    except Exception as e:
        print(type(e).__name__, e)
print(len(_compat_pickle.IMPORT_MAPPING), len(_compat_pickle.REVERSE_IMPORT_MAPPING),
      len(_compat_pickle.NAME_MAPPING), len(_compat_pickle.REVERSE_NAME_MAPPING))
print(_compat_pickle.REVERSE_NAME_MAPPING[('builtins', 'ConnectionError')])
