print('mod_order/__init__ runs')
ORDER = ['init']
