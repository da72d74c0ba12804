# Enum._convert_ makes an enum from a module's globals chosen by a filter (the stdlib
# makes signal.Signals, socket.AddressFamily ... so); members ordered by value, or by name
# when values do not compare; as_global gives global reprs. Also
# enum._reduce_ex_by_global_name and enum._make_class_unpicklable.
import enum
import pickle
import sys
import types

mod = types.ModuleType('convmod')
sys.modules['convmod'] = mod
mod.__dict__.update(CONV_B=5, CONV_A=5, CONV_C=2, OTHER=1, UNC_A=5, UNC_C=(9, 1),
                    UNC_B='value', S_2='goodbye', S_1='hello')
T = enum.IntEnum._convert_('T', 'convmod', filter=lambda n: n.startswith('CONV_'))
print(list(T), T(5).name, T.CONV_B is T.CONV_A, mod.T is T, mod.CONV_C, repr(mod.CONV_C))
print(T.CONV_C.__reduce_ex__(2), str(T.CONV_C), 'OTHER' in T.__members__)
U = enum.Enum._convert_('U', 'convmod', filter=lambda n: n.startswith('UNC_'))
print(list(U))
S = enum.StrEnum._convert_('S', 'convmod', filter=lambda n: n.startswith('S_'),
                           as_global=True)
print(list(S), repr(S.S_1), str(S.S_2), format(S.S_1))
src = types.SimpleNamespace(X_ONE=1, X_TWO=2)
V = enum.IntFlag._convert_('V', 'convmod', filter=lambda n: n.startswith('X_'), source=src)
print(list(V), V(3), V(8))
try:
    enum.IntEnum._convert('T', 'convmod', filter=lambda n: True)
except AttributeError as e:
    print('AttributeError', e)


class Pick(enum.Enum):
    A = 1


enum._make_class_unpicklable(Pick)
try:
    pickle.dumps(Pick.A)
except (TypeError, pickle.PicklingError) as e:
    print(type(e).__name__, e)
d = {}
enum._make_class_unpicklable(d)
print(sorted(d), d['__module__'], enum._reduce_ex_by_global_name(Pick.A, 2))
