import unittest, io, re

class T(unittest.TestCase):
    def test_a(self):
        self.assertEqual(1, 1)
    def test_b(self):
        self.assertEqual(1, 2)
    def test_c(self):
        x = 1 / 0
    @unittest.skip("nope")
    def test_d(self):
        pass
    @unittest.expectedFailure
    def test_e(self):
        self.fail("boom")
    def test_f(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)

def mask(s):
    s = re.sub(r'File "[^"]*/', 'File "', s)
    return re.sub(r"in \d+\.\d+s", "in X.XXXs", s)

for v in (1, 2):
    buf = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(T)
    r = unittest.TextTestRunner(stream=buf, verbosity=v).run(suite)
    print(mask(buf.getvalue()))
    print(r, r.wasSuccessful())
