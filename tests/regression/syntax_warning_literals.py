# CPython 3.11 compile-time SyntaxWarnings ("is" with a literal, calling/indexing a literal) were not issued.
x = 5
print(x is 5, x is not 5, x is None, x is True, () is (), x is (1, 2), x is -1, x is "a", x is ..., 1 is x, x is [1])
try: 5()
except TypeError as e: print(e)
try: "abc"()
except TypeError as e: print(e)
try: (1, 2)()
except TypeError as e: print(e)
try: [1]()
except TypeError as e: print(e)
try: None()
except TypeError as e: print(e)
try: {}()
except TypeError as e: print(e)
try: f"x{x}"()
except TypeError as e: print(e)
f = (lambda: 1)(); print(f)
try: [1, 2]["a"]
except TypeError as e: print(e)
try: [1, 2][1.5]
except TypeError as e: print(e)
try: "ab"[None]
except TypeError as e: print(e)
try: (1, 2)["x"]
except TypeError as e: print(e)
try: (x, 2)[1, 2]
except TypeError as e: print(e)
try: 5[0]
except TypeError as e: print(e)
try: None[0]
except TypeError as e: print(e)
try: {1, 2}[0]
except TypeError as e: print(e)
try: (i for i in [])[0]
except TypeError as e: print(e)
print([1, 2][True], "abc"[1:2], [1, 2][x - 4], {"a": 1}["a"], "ab"[-1])
print(x
      is
      7)
exec("y = 3\nprint(y is 3)")
def func():
    return 1 is 1
print(func())
