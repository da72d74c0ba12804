# Uncaught errors from stand-ins of CPython C modules showed <frozen datetime> frames (CPython shows none).
import datetime
print("start")
datetime.date(2023, 2, 30)
