y = 42
print('script ran')
