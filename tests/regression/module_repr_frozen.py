# Modules made from frozen Python source repr as "(frozen)" (CPython's frozen os, abc,
# io, codecs, stat, posixpath...); C modules as "(built-in)"; a script's module with its
# file; types.ModuleType objects plainly.
import abc
import codecs
import io
import math
import os
import posixpath
import stat
import sys
import time
import types

for m in [sys, math, time, os, abc, io, codecs, stat, posixpath, os.path]:
    print(repr(m))
print(repr(types.ModuleType('made')))
