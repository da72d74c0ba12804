PREFIX = '>> '
PI = 3.14159
