# unittest.main() in a script: report on stderr, exit status 1 on failure.
import unittest

class T(unittest.TestCase):
    def test_ok(self):
        print("in test_ok")
        self.assertTrue(True)

    def test_bad(self):
        print("in test_bad")
        self.assertEqual([1, 2], [1, 3])

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                print("sub", i)
                self.assertNotEqual(i, 2)

if __name__ == "__main__":
    unittest.main()
