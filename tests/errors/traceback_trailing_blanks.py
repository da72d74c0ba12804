# Source lines with trailing blanks: the interpreter report keeps them (and draws
# markers since the expression does not reach the end of the line); the traceback
# module strips them and shifts its markers, as CPython 3.11 does.
import traceback
try:
    x = 1 +  None   
except TypeError:
    traceback.print_exc()
def f():
    raise KeyError("k")  
try:
    f()  
except KeyError:
    traceback.print_exc()
print("done")
f()  
