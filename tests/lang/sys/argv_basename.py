# sys.argv[0] is the script path; print only its base name.
import sys
name = sys.argv[0].replace('\\', '/').split('/')[-1]
print(name)
print(len(sys.argv))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
print(name.endswith('.py'))
print(sys.argv[1:])
print(isinstance(sys.argv[0], str))
argv_copy = list(sys.argv)
argv_copy.append('extra')
print(len(argv_copy) - len(sys.argv))
print(name[:-3])
