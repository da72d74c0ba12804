# doctest.DocFileSuite("x.txt") names a file next to the module calling it (CPython's
# test_math loads ieee754.txt so); it looked next to __main__ instead.
import os
import sys
import tempfile
import unittest

with tempfile.TemporaryDirectory() as d:
    os.mkdir(os.path.join(d, 'pkgdoc'))
    with open(os.path.join(d, 'pkgdoc', '__init__.py'), 'w') as f:
        f.write('import doctest\n'
                'def suite():\n'
                '    return doctest.DocFileSuite("sample.txt")\n'
                'def run_file():\n'
                '    return doctest.testfile("sample.txt", verbose=False)\n')
    with open(os.path.join(d, 'pkgdoc', 'sample.txt'), 'w') as f:
        f.write('A doctest file.\n\n    >>> 1 + 1\n    2\n    >>> print("x")\n    x\n')
    sys.path.insert(0, d)
    import pkgdoc
    suite = pkgdoc.suite()
    print(suite.countTestCases(), [os.path.basename(str(t)) for t in suite])
    result = unittest.TestResult()
    suite.run(result)
    print(result.testsRun, len(result.failures), len(result.errors))
    print(pkgdoc.run_file())
    try:
        import doctest
        doctest.DocFileSuite('sample.txt')
    except OSError as e:
        print(type(e).__name__, os.path.basename(e.filename))
    sys.path.remove(d)
