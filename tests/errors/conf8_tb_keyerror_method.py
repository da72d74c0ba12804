class Config:
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, key):
        return self._d[key]
    def get_port(self):
        return int(self["port"])
c = Config(host="x")
print(c["host"])
c.get_port()
