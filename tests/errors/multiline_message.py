# An exception message containing newlines is printed verbatim.
errors = ['line 3: missing value', 'line 7: bad date', 'line 9: duplicate id']
raise ValueError('validation failed:\n  ' + '\n  '.join(errors))
