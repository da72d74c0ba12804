class BadStr(Exception):
    def __str__(self):
        raise ValueError('no str')
raise BadStr()
