# format_exception_only: no suggestions (3.11 traceback module), notes split by line.
import traceback
valuex = 1
try:
    valuy
except NameError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e)[-1:])
class A:
    attribute = 1
try:
    A().attributf
except AttributeError as e:
    print(traceback.format_exception_only(e))
e = ValueError("line1\nline2")
e.add_note("n1\nn2")
e.add_note("n3")
print(traceback.format_exception_only(e))
print(traceback.format_exception(e))
class MyErr(Exception):
    def __str__(self):
        raise ValueError("bad str")
print(traceback.format_exception_only(MyErr()))
print(traceback.format_exception_only(ValueError("")), traceback.format_exception_only(KeyError()))
