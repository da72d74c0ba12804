# unittest: addCleanup(f, *args, **kwargs) passes the keyword arguments to f (they were
# given to the runner's internal call and failed with "unexpected keyword argument")
import unittest, io

log = []


class T(unittest.TestCase):
    def test_a(self):
        self.addCleanup(log.append, 'plain')
        self.addCleanup(lambda x, ignore_errors=False, is_test=None: log.append((x, ignore_errors, is_test)),
                        1, ignore_errors=True, is_test='k')

    def test_b(self):
        def boom(*, why):
            raise ValueError(why)
        self.addCleanup(boom, why='cleanup failed')


r = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(r.testsRun, len(r.errors), [str(e[1]).splitlines()[-1] for e in r.errors])
print(log)
