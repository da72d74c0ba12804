# asyncio.to_thread / loop.run_in_executor (safepy runs the function in place)
import asyncio
def blocking(x, y=1):
    return x + y
async def main():
    print(await asyncio.to_thread(blocking, 1, y=5))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 2))
    try:
        await loop.run_in_executor(None, blocking, "a")
    except TypeError as e:
        print("TypeError", e)
asyncio.run(main())
