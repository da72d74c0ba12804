import sys
print(sys.argv[1:])
print(sys.argv[0].endswith('argv.py'))
print(__name__)
