# __exit__ runs and prints before the uncaught exception propagates.
class Resource:
    def __enter__(self):
        print('acquire')
        return self

    def __exit__(self, exc_type, exc, tb):
        print('release, saw', exc_type.__name__)
        return False


with Resource():
    print('using resource')
    raise OSError('device not ready')
