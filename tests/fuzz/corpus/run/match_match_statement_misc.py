# match/case are soft keywords; match with no matching case does nothing.
match = 'a variable named match'
case = 3
print(match, case)
def f(v):
    match v:
        case 1:
            return 'one'
    return 'no case matched'
print(f(1), f(2))
match (1, 2):
    case (1, x):
        print('tuple subject, x =', x)
match 1, 2:
    case [a, b]:
        print('unparenthesized tuple subject', a, b)
match 'abc':
    case [*chars]:
        print('strings are not sequences here', chars)
    case str(s):
        print('matched as str', s)
