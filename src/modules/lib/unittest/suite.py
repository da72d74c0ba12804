"""unittest.suite: test suites (defined in unittest.loader)."""
from .loader import BaseTestSuite, TestSuite, _ErrorHolder, _isnotsuite
__unittest = True
