# An exception with several args prints the args tuple.
raise RuntimeError('disk', 'full', 97)
