# _pickle's functions do not bind as methods when stored in a class (as C functions)
import io
import pickle
import _pickle


class T:
    from _pickle import dump, dumps, load, loads


t = T()
data = t.dumps([1, 2], protocol=2)
print(data, t.loads(data))
f = io.BytesIO()
t.dump({'a': 1}, f, protocol=0)
f.seek(0)
print(t.load(f))
try:
    t.dumps(b'x', protocol=4, buffer_callback=[].append)
except ValueError as e:
    print('ValueError', e)
print(_pickle.dumps((1,), 3) == pickle.dumps((1,), 3), repr(_pickle.loads), _pickle.dump.__name__)
print(pickle.loads(pickle.dumps(_pickle.dumps)) is _pickle.dumps)
