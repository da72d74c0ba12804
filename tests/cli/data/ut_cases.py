import unittest


class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_wrong(self):
        self.assertEqual(2 * 2, 5)


if __name__ == '__main__':
    unittest.main()
