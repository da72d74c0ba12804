def a(): raise ValueError("v1")
def b(): raise TypeError("t1")
errs = []
for fn in (a, b):
    try: fn()
    except Exception as e: errs.append(e)
try:
    raise ExceptionGroup("many", [*errs, ExceptionGroup("inner", [KeyError("k")])])
except* ValueError as eg:
    print("handled", eg.exceptions)
