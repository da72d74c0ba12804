# SyntaxError: missing colon after an if condition.
print('this line never runs because the file fails to compile')
x = 5
if x > 3
    print('big')
