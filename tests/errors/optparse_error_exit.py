# optparse: a bad option ends the program with the usage and the error on stderr, status 2
import sys
from optparse import OptionParser

sys.argv[1:] = ['-n', '5', '--size=x']
parser = OptionParser(usage='%prog [-n N] [--size S] file...', version='1.0')
parser.add_option('-n', type='int', dest='count', default=1)
parser.add_option('--size', type='float')
options, args = parser.parse_args()
print('not reached', options, args)
