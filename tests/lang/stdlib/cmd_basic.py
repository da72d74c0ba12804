# cmd: a command loop fed from a StringIO (prompt, dispatch, help with documented and
# undocumented commands and topics, empty line repeat, '?', '!', EOF), columnize.
import cmd, io

class Shell(cmd.Cmd):
    intro = 'Welcome.'
    prompt = '> '
    use_rawinput = False
    def do_greet(self, arg):
        """Greet someone: greet NAME"""
        self.stdout.write('hello %s\n' % (arg or 'world'))
    def do_add(self, arg):
        self.stdout.write('%d\n' % sum(int(x) for x in arg.split()))
    def do_shell(self, arg):
        self.stdout.write('shell: %s\n' % arg)
    def help_topic(self):
        self.stdout.write('a help topic\n')
    def help_add(self):
        self.stdout.write('add numbers\n')
    def do_EOF(self, arg):
        self.stdout.write('bye\n')
        return True
    def precmd(self, line):
        self.stdout.write('[pre %r]\n' % line)
        return line
    def postcmd(self, stop, line):
        self.stdout.write('[post %r]\n' % stop)
        return stop
    def preloop(self):
        self.stdout.write('[preloop]\n')
    def postloop(self):
        self.stdout.write('[postloop]\n')

script = 'greet\ngreet Ann\n\nadd 1 2 3\n?greet\nhelp\nhelp topic\nhelp add\nhelp nothing\n!ls -l\nbogus cmd\n  \n@@@\nhelp help\n'
out = io.StringIO()
Shell(stdin=io.StringIO(script), stdout=out).cmdloop()
print(out.getvalue())

out = io.StringIO()
s = Shell(stdin=io.StringIO('quit\n'), stdout=out)
s.cmdqueue = ['greet queued']
s.intro = None
s.cmdloop('Custom intro')
print(out.getvalue())

c = cmd.Cmd(stdout=io.StringIO())
print(c.parseline('  cmd  args here '), c.parseline(''), c.parseline('?x'), c.parseline('!x'), c.parseline('a-b'))
print(c.onecmd('nosuch'), repr(c.stdout.getvalue()))
print(sorted(Shell().completenames('g')), Shell().completenames(''), sorted(Shell().complete_help('t')))
sh = Shell()
print(sh.complete('gr', 0), sh.complete('gr', 1))
for width, items in [(80, ['a']), (20, ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']),
                     (80, ['x%d' % i for i in range(40)]), (5, ['long_name', 'another_one']), (80, [])]:
    o = io.StringIO()
    c = cmd.Cmd(stdout=o)
    c.columnize(items, width)
    print(o.getvalue())
try:
    cmd.Cmd(stdout=io.StringIO()).columnize(['a', 1, 'b', 2])
except TypeError as e:
    print(type(e).__name__, e)
print(cmd.PROMPT, cmd.Cmd.ruler, cmd.Cmd.nohelp, len(cmd.IDENTCHARS))
