"""code (safepy): the read-eval-print loop as a library.

InteractiveInterpreter compiles source with codeop.CommandCompiler and runs it, writing
syntax errors and tracebacks as the interactive interpreter shows them;
InteractiveConsole adds a line buffer, prompts (sys.ps1/sys.ps2) and interact().
"""

import sys
import traceback
from codeop import CommandCompiler, compile_command

__all__ = ["InteractiveInterpreter", "InteractiveConsole", "interact",
           "compile_command"]


class InteractiveInterpreter:
    """Compiles and runs source in a namespace, reporting errors through write()."""

    def __init__(self, locals=None):
        if locals is None:
            locals = {"__name__": "__console__", "__doc__": None}
        self.locals = locals
        self.compile = CommandCompiler()

    def runsource(self, source, filename="<input>", symbol="single"):
        """True when [source] needs more lines; otherwise it was run or its error shown
        (False, or None after running)."""
        try:
            code = self.compile(source, filename, symbol)
        except (OverflowError, SyntaxError, ValueError):
            self.showsyntaxerror(filename)
            return False
        if code is None:
            return True
        self.runcode(code)
        return False

    def runcode(self, code):
        """Runs [code] in self.locals; an exception other than SystemExit is shown."""
        try:
            exec(code, self.locals)
        except SystemExit:
            raise
        except:
            self.showtraceback()

    def showsyntaxerror(self, filename=None):
        """Writes the SyntaxError being handled (no traceback), named [filename]."""
        etype, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
        if filename and etype is SyntaxError:
            args = value.args
            if len(args) == 2 and isinstance(args[1], tuple) and len(args[1]) == 4:
                msg, (_, lineno, offset, line) = args
                value = SyntaxError(msg, (filename, lineno, offset, line))
                sys.last_value = value
        if sys.excepthook is sys.__excepthook__:
            self.write(''.join(traceback.format_exception_only(etype, value)))
        else:
            sys.excepthook(etype, value, tb)

    def showtraceback(self):
        """Writes the exception being handled without this module's own frame."""
        etype, value, tb = sys.exc_info()
        sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
        try:
            if sys.excepthook is sys.__excepthook__:
                self.write(''.join(traceback.format_exception(etype, value, tb.tb_next)))
            else:
                sys.excepthook(etype, value, tb)
        finally:
            tb = value = None

    def write(self, data):
        sys.stderr.write(data)


class InteractiveConsole(InteractiveInterpreter):
    """An InteractiveInterpreter that collects lines until a command is complete."""

    def __init__(self, locals=None, filename="<console>"):
        InteractiveInterpreter.__init__(self, locals)
        self.filename = filename
        self.resetbuffer()

    def resetbuffer(self):
        self.buffer = []

    def interact(self, banner=None, exitmsg=None):
        """Reads lines with raw_input() and pushes them until EOFError."""
        if not hasattr(sys, 'ps1'):
            sys.ps1 = ">>> "
        if not hasattr(sys, 'ps2'):
            sys.ps2 = "... "
        if banner is None:
            self.write('Python %s on %s\nType "help", "copyright", "credits" or "license" '
                       'for more information.\n(%s)\n'
                       % (sys.version, sys.platform, type(self).__name__))
        elif banner:
            self.write("%s\n" % str(banner))
        more = False
        while True:
            try:
                try:
                    line = self.raw_input(sys.ps2 if more else sys.ps1)
                except EOFError:
                    self.write("\n")
                    break
                more = self.push(line)
            except KeyboardInterrupt:
                self.write("\nKeyboardInterrupt\n")
                self.resetbuffer()
                more = False
        if exitmsg is None:
            self.write('now exiting %s...\n' % type(self).__name__)
        elif exitmsg != '':
            self.write('%s\n' % exitmsg)

    def push(self, line):
        """Adds [line] to the buffer and runs the buffer; true while more is needed."""
        self.buffer.append(line)
        more = self.runsource("\n".join(self.buffer), self.filename)
        if not more:
            self.resetbuffer()
        return more

    def raw_input(self, prompt=""):
        return input(prompt)


def interact(banner=None, readfunc=None, local=None, exitmsg=None):
    """Runs an InteractiveConsole over [local] reading with [readfunc] (input())."""
    console = InteractiveConsole(local)
    if readfunc is not None:
        console.raw_input = readfunc
    else:
        try:
            import readline  # noqa: F401 (line editing when there is one)
        except ImportError:
            pass
    console.interact(banner, exitmsg)
