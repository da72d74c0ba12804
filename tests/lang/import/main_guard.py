# __name__ is '__main__' for the script and the dotted name for imported modules.
print('script __name__ is', __name__)
import mod_names
import mod_names.child
print(mod_names.whoami())
def main():
    print('main() called because __name__ == "__main__"')
if __name__ == '__main__':
    main()
else:
    print('not main')
print(mod_names.child.__name__)
