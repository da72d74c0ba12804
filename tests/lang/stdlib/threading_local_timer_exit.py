# threading.local subclass __init__ per thread; a Timer never joined fires at exit before atexit functions.
import threading, atexit
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        print("init", v, threading.current_thread().name)
loc = MyLocal(5)
def f():
    print("thread sees", loc.v); loc.v = 9
t = threading.Thread(target=f, name="T1"); t.start(); t.join()
print("main sees", loc.v)
atexit.register(lambda: print("atexit fn"))
threading.Timer(0.01, lambda: print("timer at exit")).start()
print("end of main")
