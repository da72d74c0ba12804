"""codeop (safepy): tells complete source from source that more lines could complete.

compile_command() returns a code object for a complete command, None when more input is
needed and raises SyntaxError (or ValueError, OverflowError) for a wrong one. The decision
is compile()'s: with PyCF_ALLOW_INCOMPLETE_INPUT it raises SyntaxError("incomplete input")
when the parse failed at the end of the source, and with PyCF_DONT_IMPLY_DEDENT the end of
the source closes no open block. Compile and CommandCompiler remember the __future__
features of what they compiled.
"""

import __future__
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_features = [getattr(__future__, name) for name in __future__.all_feature_names]


def _only_comments(source):
    return all(not line.strip() or line.strip().startswith('#')
               for line in source.split('\n'))


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != 'eval' and _only_comments(source):
        source = 'pass'
    # A first try decides between complete and not; a source that fails is incomplete
    # when one more newline completes it or the compiler calls it incomplete. Warnings
    # wait for the final compile.
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', (SyntaxWarning, DeprecationWarning))
        try:
            compiler(source, filename, symbol)
        except SyntaxError:
            try:
                compiler(source + '\n', filename, symbol)
                return None
            except SyntaxError as e:
                if 'incomplete input' in str(e):
                    return None
    return compiler(source, filename, symbol)


def _compile(source, filename, symbol):
    return compile(source, filename, symbol,
                   PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and determine whether it is incomplete: a code object for a
    complete command, None for an incomplete one; SyntaxError, ValueError or
    OverflowError for a wrong one."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), but a __future__ statement in a compiled text stays in force for
    every later text."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol):
        code = compile(source, filename, symbol, self.flags, True)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers the __future__ statements it compiled."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
