print('LOADED pk.q')
