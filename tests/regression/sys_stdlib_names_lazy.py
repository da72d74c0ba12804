# sys.stdlib_module_names is made on first use (sys.__getattr__): same object after, other missing names still AttributeError
import sys; print(len(sys.stdlib_module_names), type(sys.stdlib_module_names), "os" in sys.stdlib_module_names); print(sys.stdlib_module_names is sys.stdlib_module_names)
try: sys.nothere
except AttributeError as e: print(e)
print(getattr(sys, "zz", 5))
