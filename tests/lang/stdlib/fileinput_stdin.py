# fileinput: '-' and an empty file list read sys.stdin.
import fileinput, sys, io
sys.stdin = io.StringIO('first\nsecond\n')
sys.argv = ['prog']
for line in fileinput.input():
    print(fileinput.filename(), fileinput.isstdin(), fileinput.lineno(), repr(line))
fileinput.close()
print(list(fileinput.input('-')))
