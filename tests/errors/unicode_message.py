# Non-ASCII text in an exception message is printed as UTF-8.
name = 'Zoë'
raise KeyError(f'no user named {name} ☹')
