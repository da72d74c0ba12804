# getpass: getuser from the environment; getpass reading a line (echo cannot be turned
# off when stdin is not a terminal: GetPassWarning).
import getpass, os, io, warnings, sys
sys.stdin = io.StringIO('hunter2\n')

for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(k, None)
os.environ['USERNAME'] = 'fourth'
print(getpass.getuser())
os.environ['USER'] = 'second'
print(getpass.getuser())
os.environ['LOGNAME'] = 'first'
print(getpass.getuser())
err = io.StringIO()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    pw = getpass.getpass('Secret: ', stream=err)
print(repr(pw), repr(err.getvalue()), [(x.category.__name__, str(x.message)) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    try:
        getpass.getpass(stream=err)
    except EOFError as e:
        print('EOFError', repr(str(e)))
print(issubclass(getpass.GetPassWarning, UserWarning))
