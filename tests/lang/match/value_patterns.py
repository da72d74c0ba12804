# Dotted names are value patterns (compared with ==); bare names capture.
class Color:
    RED = 'red'
    GREEN = 'green'
class Status:
    OK = 200
    NOT_FOUND = 404
def color_name(c):
    match c:
        case Color.RED:
            return 'stop'
        case Color.GREEN:
            return 'go'
        case _:
            return 'unknown'
print(color_name('red'), color_name('green'), color_name('blue'))
def status(code):
    match code:
        case Status.OK:
            return 'ok'
        case Status.NOT_FOUND:
            return 'missing'
        case 500 | 502 | 503:
            return 'server error'
        case int(x) if 400 <= x < 500:
            return f'client error {x}'
    return 'fell through'
print([status(c) for c in [200, 404, 502, 418, 'x']])
