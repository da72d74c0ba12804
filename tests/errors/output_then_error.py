# Output printed before an uncaught error stays on stdout.
for i in range(3):
    print('line', i)
result = {'a': 1}.get('b')
print(result.upper())
