"""cmd: a framework for line-oriented command interpreters.

Subclass Cmd and define do_<name>(self, arg) methods; cmdloop() prompts, reads a line,
and calls the method named by the line's first word with the rest of the line.  A true
return value ends the loop.  help_<topic> methods and do_* docstrings feed the help
command.  safepy has no readline, so there is no tab completion while reading (the
complete* methods still work when called).

Invariant: every line passes precmd -> onecmd -> postcmd, in that order.
"""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = string.ascii_letters + string.digits + '_'


class Cmd:
    """A simple framework for writing line-oriented command interpreters."""

    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = stdin if stdin is not None else sys.stdin
        self.stdout = stdout if stdout is not None else sys.stdout
        self.cmdqueue = []
        self.completekey = completekey

    def _next_line(self):
        if self.cmdqueue:
            return self.cmdqueue.pop(0)
        if self.use_rawinput:
            try:
                return input(self.prompt)
            except EOFError:
                return 'EOF'
        self.stdout.write(self.prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if not line:
            return 'EOF'
        return line.rstrip('\r\n')

    def cmdloop(self, intro=None):
        """Read and run commands until one returns a true value."""
        self.preloop()
        if intro is not None:
            self.intro = intro
        if self.intro:
            self.stdout.write(str(self.intro) + "\n")
        stop = None
        while not stop:
            line = self.precmd(self._next_line())
            stop = self.onecmd(line)
            stop = self.postcmd(stop, line)
        self.postloop()

    def precmd(self, line):
        return line

    def postcmd(self, stop, line):
        return stop

    def preloop(self):
        pass

    def postloop(self):
        pass

    def parseline(self, line):
        """(command, argument, line) for a line; '?' means help and '!' shell."""
        line = line.strip()
        if not line:
            return None, None, line
        if line[0] == '?':
            line = 'help ' + line[1:]
        elif line[0] == '!':
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[1:]
        end = 0
        while end < len(line) and line[end] in self.identchars:
            end += 1
        return line[:end], line[end:].strip(), line

    def onecmd(self, line):
        """Run one command line; returns what its do_ method returned."""
        command, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if command is None:
            return self.default(line)
        self.lastcmd = '' if line == 'EOF' else line
        if not command:
            return self.default(line)
        method = getattr(self, 'do_' + command, None)
        if method is None:
            return self.default(line)
        return method(arg)

    def emptyline(self):
        """An empty line repeats the last command (if any)."""
        if self.lastcmd:
            return self.onecmd(self.lastcmd)

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        prefix = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(prefix)]

    def complete(self, text, state):
        """The state-th completion of text as a command name (None past the end)."""
        if state == 0:
            self.completion_matches = self.completenames(text)
        try:
            return self.completion_matches[state]
        except IndexError:
            return None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        commands = set(self.completenames(*args))
        topics = set(name[5:] for name in self.get_names() if name.startswith('help_' + args[0]))
        return list(commands | topics)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            self._help_on(arg)
            return
        names = sorted(self.get_names())
        topics = {name[5:] for name in names if name.startswith('help_')}
        documented = []
        undocumented = []
        seen = set()
        for name in names:
            if not name.startswith('do_') or name in seen:
                continue
            seen.add(name)
            command = name[3:]
            if command in topics:
                documented.append(command)
                topics.discard(command)
            elif getattr(self, name).__doc__:
                documented.append(command)
            else:
                undocumented.append(command)
        self.stdout.write("%s\n" % str(self.doc_leader))
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, undocumented, 15, 80)

    def _help_on(self, arg):
        helper = getattr(self, 'help_' + arg, None)
        if helper is not None:
            helper()
            return
        method = getattr(self, 'do_' + arg, None)
        doc = method.__doc__ if method is not None else None
        if doc:
            self.stdout.write("%s\n" % str(doc))
        else:
            self.stdout.write("%s\n" % str(self.nohelp % (arg,)))

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if not cmds:
            return
        self.stdout.write("%s\n" % str(header))
        if self.ruler:
            self.stdout.write("%s\n" % str(self.ruler * len(header)))
        self.columnize(cmds, maxcol - 1)
        self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print the strings in as few rows as fit in displaywidth, filled column by
        column, columns two spaces apart."""
        if not list:
            self.stdout.write("<empty>\n")
            return
        bad = [i for i, item in enumerate(list) if not isinstance(item, str)]
        if bad:
            raise TypeError("list[i] not a string for i in %s" % ", ".join(map(str, bad)))
        size = len(list)
        if size == 1:
            self.stdout.write('%s\n' % str(list[0]))
            return
        layout = None
        for nrows in range(1, size):
            ncols = (size + nrows - 1) // nrows
            widths = [max(len(x) for x in list[c * nrows:(c + 1) * nrows])
                      for c in range(ncols)]
            if sum(widths) + 2 * (len(widths) - 1) <= displaywidth:
                layout = (nrows, ncols, widths)
                break
        if layout is None:
            layout = (size, 1, [0])
        nrows, ncols, widths = layout
        for row in range(nrows):
            cells = [list[row + nrows * c] if row + nrows * c < size else ""
                     for c in range(ncols)]
            while cells and not cells[-1]:
                cells.pop()
            self.stdout.write("%s\n" % "  ".join(
                cell.ljust(widths[c]) for c, cell in enumerate(cells)))
