# 'async for' over an object without __aiter__: the TypeError points at the loop.
async def main():
    async for x in 42:
        print(x)


main().send(None)
