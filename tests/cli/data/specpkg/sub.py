# -m runs this module as __main__ with its own ModuleSpec in __spec__ (as runpy)
import sys
s = __spec__
print(__name__, type(s).__name__, s.name, repr(s.parent), s.origin, s.submodule_search_locations, s.has_location)
print(sys.modules['__main__'].__spec__ is s, __loader__ is s.loader, repr(__package__), __file__)
