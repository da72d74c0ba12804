INNER = 'inner package'
