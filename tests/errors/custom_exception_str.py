# A custom exception class with __str__ controls the final traceback line.
class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f'{self.status} {self.reason}'


def fetch(url):
    raise HTTPError(404, 'Not Found')


fetch('http://example.invalid/page')
