# "" in sys.path is the current directory; modules found through it get absolute
# __file__ names (CPython's path finder), e.g. under `python -m doctest file.py`.
import os
import sys
here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
sys.path[:] = [""] + [p for p in sys.path if os.path.abspath(p or ".") != here]
import mod_counter
print(os.path.isabs(mod_counter.__file__), os.path.relpath(mod_counter.__file__, here))
import mod_ns.leaf
print(os.path.isabs(mod_ns.leaf.__file__), [os.path.relpath(p, here) for p in mod_ns.__path__])
