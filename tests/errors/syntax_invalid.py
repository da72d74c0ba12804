# SyntaxError: plain invalid syntax from two adjacent names.
a = 1
b = 2
print(a b)
