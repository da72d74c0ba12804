# A catastrophic backtracking pattern must stop at the instruction budget (the matcher
# charges its steps to it, BudgetExceeded, exit status 1) instead of running for hours.
import re
print(re.match(r'(a+)+$', 'a' * 10 + 'b'))
print(re.match(r'(a|aa)+$', 'a' * 12 + 'b'))
re.match(r'(a+)+$', 'a' * 60 + 'b')
print('not reached')
