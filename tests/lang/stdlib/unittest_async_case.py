# unittest.IsolatedAsyncioTestCase: async setUp/tearDown/tests/cleanups
import asyncio
import io
import unittest

log = []

class T(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.value = await asyncio.sleep(0, 5)

    def setUp(self):
        log.append("setUp")

    async def test_a_pass(self):
        self.assertEqual(self.value, 5)
        self.addAsyncCleanup(self.cleanup, "c1")
        log.append("test pass")

    async def test_b_fail(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    def test_c_sync(self):
        log.append("sync test")

    async def test_d_error(self):
        raise KeyError("k")

    async def cleanup(self, name):
        log.append("cleanup " + name)

    async def asyncTearDown(self):
        log.append("asyncTearDown")

    def tearDown(self):
        log.append("tearDown")

suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(res.testsRun, len(res.failures), len(res.errors), res.wasSuccessful())
for t, tb in res.failures + res.errors:
    print(t.id(), tb.strip().splitlines()[-1])
print(log)
