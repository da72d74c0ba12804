# safepy printed 0j instead of 1j for complex(obj) when obj.__complex__ returns 1j (the imaginary part of __complex__'s result is dropped)
class A:
    def __complex__(self):
        return 1j
class B:
    def __complex__(self):
        return 2 + 3j
    def __float__(self):
        return 2.5
print(complex(A()), complex(B()), complex(A(), 1), complex(B(), 2))
print(complex(A()) * 2, abs(complex(B())))
