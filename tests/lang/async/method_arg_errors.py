# argument errors of send/throw/close on generators, coroutines and coroutine_wrapper
def g():
    yield
async def c():
    pass
for obj in (g(), c(), c().__await__()):
    for call in (lambda: obj.send(), lambda: obj.send(1, 2), lambda: obj.throw(), lambda: obj.close(1)):
        try:
            call()
        except TypeError as e:
            print("TypeError", e)
