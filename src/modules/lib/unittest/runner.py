"""unittest.runner: the text runner (defined in unittest.result)."""
from .result import TextTestResult, TextTestRunner, _WritelnDecorator
__unittest = True
