# pickle.__all__ lists the protocol constants and opcodes, as CPython's does
# (pickletools checks its opcode table against it).
import pickle
import re
names = [n for n in pickle.__all__ if re.match('[A-Z][A-Z0-9_]+$', n)]
print(len(names), names[:5], names[-3:])
print(all(isinstance(getattr(pickle, n), bytes) for n in names if not n.endswith('PROTOCOL')))
print(pickle.MARK, pickle.PROTO, pickle.STOP, 'HIGHEST_PROTOCOL' in pickle.__all__, 'Pickler' in pickle.__all__)
ns = {}
exec('from pickle import *', ns)
print('BINPERSID' in ns, 'dumps' in ns, 'bytes_types' in ns)
