# Replacing sys.modules['_frozen_importlib'] does not break later imports: safepy's import
# system looked the spec factory up through sys.modules at every import
# (AttributeError: 'int' object has no attribute '_spec').
import sys
import json
real = sys.modules['_frozen_importlib']
sys.modules['_frozen_importlib'] = 42
import csv, statistics
print(csv.__spec__.name, statistics.__spec__.name, type(csv.__spec__).__name__)
del sys.modules['_frozen_importlib']
import textwrap
print(textwrap.__spec__.name)
sys.modules['_frozen_importlib'] = real
