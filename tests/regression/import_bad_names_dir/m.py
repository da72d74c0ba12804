print('LOADED sub/m')
