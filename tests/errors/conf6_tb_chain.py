class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"

def inner():
    raise MyErr(7, "inner failed")

def middle():
    try:
        inner()
    except MyErr as e:
        raise ValueError("middle") from e

def outer():
    try:
        middle()
    except ValueError:
        raise KeyError("outer")

outer()
