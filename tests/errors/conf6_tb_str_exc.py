class E(Exception):
    def __str__(self):
        raise ValueError("bad str")
raise E("x")
