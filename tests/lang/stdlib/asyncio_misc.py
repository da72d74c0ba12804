# asyncio odds and ends: generic aliases, except* around a TaskGroup, await in except*
import asyncio
print(asyncio.Future[int], asyncio.Queue[str])
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0))
            async def boom():
                await asyncio.sleep(0)
                raise ValueError("in task")
            tg.create_task(boom())
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("handled after await", [str(e) for e in eg.exceptions])
    try:
        raise ExceptionGroup("x", [KeyError(1)])
    except* KeyError:
        await asyncio.sleep(0.001)
        print("await inside except*")
asyncio.run(main())
print(asyncio.Future, asyncio.Task)
