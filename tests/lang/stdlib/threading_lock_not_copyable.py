# Locks cannot be pickled or copied (TypeError "cannot pickle '_thread.lock' object"),
# so neither can objects holding one deeply; a shallow copy of a Condition or Event works.
import copy
import pickle
import threading

for label, make in (('Lock', threading.Lock), ('RLock', threading.RLock),
                    ('Condition', threading.Condition), ('Event', threading.Event),
                    ('Semaphore', threading.Semaphore)):
    o = make()
    for fname, f in (('deepcopy', copy.deepcopy), ('copy', copy.copy), ('dumps', pickle.dumps)):
        try:
            f(o)
            print(label, fname, 'ok')
        except TypeError as e:
            print(label, fname, type(e).__name__, e)
class Holder:
    def __init__(self):
        self.lock = threading.Lock()
        self.data = [1]
h = copy.copy(Holder())
print(h.data)
try:
    copy.deepcopy(Holder())
except TypeError as e:
    print(type(e).__name__, e)
