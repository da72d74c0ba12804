# Slicing and methods on non-ASCII strings.
s = 'Ωmega–αλφα'
print(s[:5], s[5], s[6:], s[::2], s[::-1])
print(s.upper(), s.lower())
print(s.find('α'), s.rfind('α'), s.count('α'))
print('ÄÖÜ'.lower(), 'straße'.upper())
print('café'.center(8, '*'))
print('naïve résumé'.split(' '))
print('日本' + '語', '日' * 3)
print('→'.join(['a', 'b', 'c']))
print('über' < 'zebra', sorted(['é', 'e', 'z', 'a']))
print('Ünïcödé'.isalpha(), '１２３'.isdigit(), int('１２３'))
