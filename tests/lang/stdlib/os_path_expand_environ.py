# os.path.expandvars / expanduser see changes made to os.environ, take bytes, and
# expand ~user from the password database.
import os
import os.path as op

os.environ['S6_PROBE_VAR'] = 'v1'
print(op.expandvars('$S6_PROBE_VAR/${S6_PROBE_VAR}-$S6_NOT_SET_X'), op.expandvars(b'$S6_PROBE_VAR/x'))
print(op.expandvars('${S6_PROBE_VAR'), op.expandvars('$'), op.expandvars('a$1b'), op.expandvars('no vars'))
del os.environ['S6_PROBE_VAR']
print(op.expandvars('$S6_PROBE_VAR'))
os.environ['HOME'] = '/home/someone/'
print(op.expanduser('~'), op.expanduser('~/x'), op.expanduser(b'~/y'), op.expanduser('x~'))
print(op.expanduser('~root'), op.expanduser('~root/z'), op.expanduser('~no_such_user_s6/x'))
