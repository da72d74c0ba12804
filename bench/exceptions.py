# exceptions: exception-heavy loops: raise and catch builtin and user exceptions,
# try/finally, exception chaining, else clauses, and the EAFP idiom on dicts and lists.
class AppError(Exception):
    def __init__(self, code):
        super().__init__("app error %d" % code)
        self.code = code

class SubError(AppError):
    pass

def risky(i):
    if i % 3 == 0:
        raise SubError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i

def run(n):
    d = {i: i for i in range(0, n, 2)}
    lst = list(range(100))
    caught = finals = hits = 0
    for i in range(n):
        try:
            risky(i)
        except AppError as e:
            caught += e.code & 7
        except KeyError:
            caught += 1
        else:
            hits += 1
        finally:
            finals += 1
        try:
            hits += d[i]
        except KeyError:
            caught += 1
        try:
            hits += lst[i]
        except IndexError:
            caught += 2
        try:
            try:
                int("x%d" % i) if i % 5 == 0 else None
            except ValueError as e:
                raise RuntimeError("wrapped") from e
        except RuntimeError as e:
            caught += e.__cause__ is not None
    return caught, finals, hits

print(run(120000))
