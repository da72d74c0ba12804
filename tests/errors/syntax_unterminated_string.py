# SyntaxError: unterminated string literal.
message = 'hello
print(message)
