# Tasks still pending when asyncio.run's main coroutine returns are cancelled in the
# order they were created (safepy cancelled them in set order: 0, 2, 1). CPython's order
# is its task set's (by address): creation order for a few tasks made in a row, not for
# many, which safepy cannot reproduce; this test keeps to three.
import asyncio


async def slow(i):
    try:
        await asyncio.sleep(10)
    finally:
        print('cleanup', i)


async def main():
    for i in range(3):
        asyncio.create_task(slow(i))
    await asyncio.sleep(0)
    return 'main done'

print(asyncio.run(main()))
