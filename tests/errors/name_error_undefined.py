# NameError for an undefined name with no similar names.
print('about to fail')
print(qwertyuiop)
