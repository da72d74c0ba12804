# os.remove of a missing file: the traceback has no <frozen os> frame, as in CPython.
import os
from decimal import Decimal
try:
    Decimal(1) / Decimal(0)
except ArithmeticError as e:
    print(type(e).__name__)
os.remove("/nonexistent_dir_zz/file")
