# with safepy-host --no-reset run fin_keep.py fin_use.py: __del__ must not run at the end of
# this request (sys.keep is still reachable), only when fin_use.py deletes it
import sys
class A:
    def __del__(self): print("A.__del__ ran; still reachable:", hasattr(sys, "keep"))
sys.keep = A()
print("e1 end")
