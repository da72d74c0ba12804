# array had no _array_reconstructor (test_array could not even import) and pickled with the list form at every protocol: protocol 3+ now pickles the machine format as CPython 3.11, and the reconstructor reads all 22 formats (foreign integer formats land in the typecode CPython picks)
import array, pickle, copy
r = array._array_reconstructor
for a in [(1,'b',0,b''), (int,'b',0,b''), (array.array,'x',0,b''), (array.array,'bb',0,b''), (array.array,5,0,b''), (array.array,'b',22,b''), (array.array,'b',-1,b''), (array.array,'b',0,'s'), (array.array,'b','0',b''), (array.array,'b',0,b'ab'), (array.array,'i',0,b'ab'), (array.array,'i',15,b'abc'),(array.array,'b',12,b'\xff'*8), (array.array,'b',13,b'\x00'*7+b'\x05'), (array.array,'d',14,b'\x00\x00\x80\x3f'), (array.array,'u',18,'hé'.encode('utf-16-le')), (array.array,'u',21,'hé'.encode('utf-32-be')), (array.array,'H',9,b'\xff\xff\xff\xfe'), (array.array,'i',8,b'abc'), (array.array,'f',17,b'\x3f\xf0\x00\x00\x00\x00\x00\x00'), (array.array,'b',13,b'\x80'+b'\x00'*7), (array.array,'b',11,b'\xff'*8), (array.array,'b',5,b'\x80\x00')]:
  try: x = r(*a); print(x, x.typecode)
  except Exception as e: print(type(e).__name__, e)
class A(array.array): pass
for tc in 'bBuhHiIlLqQfd':
    a = A(tc, 'xy' if tc == 'u' else [1, 2])
    a.x = 5
    for p in range(6):
        b = pickle.loads(pickle.dumps(a, p))
        print(tc, p, type(b).__name__, b, b.x, a.__reduce_ex__(p)[0].__name__)
    print(copy.deepcopy(a), copy.copy(a))
try: array.array('b').__reduce_ex__()
except TypeError as e: print(e)
