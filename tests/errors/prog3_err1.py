class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise AppError(400, f"bad int {s!r}") from e
def handler(x):
    try:
        return parse(x)
    except AppError as e:
        e.add_note("while handling request")
        raise
try:
    handler("zz")
except AppError as e:
    print(e, e.code, e.__notes__, repr(e))
d = {}
try:
    d["k"]
except KeyError:
    try:
        [][1]
    except IndexError as e2:
        print("context:", repr(e2.__context__))
handler("q")
