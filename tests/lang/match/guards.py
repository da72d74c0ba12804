# Guards are evaluated after a pattern matches; failing guards fall through.
def classify(pair):
    match pair:
        case (x, y) if x == y:
            return 'equal'
        case (x, y) if x > y:
            return 'descending'
        case (x, y):
            return 'ascending'
print(classify((1, 1)), classify((3, 2)), classify((1, 5)))
log = []
def check(v, tag):
    log.append(tag)
    return v
match 10:
    case int(n) if check(n > 100, 'guard1'):
        print('big')
    case str() if check(True, 'never'):
        print('str')
    case int(n) if check(n > 5, 'guard2'):
        print('medium', n)
print(log)
match [1, 2]:
    case [a, b] if a + b == 4:
        pass
    case [a, b] if a + b == 3:
        print('second guard matched', a, b)
