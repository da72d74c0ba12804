# sys.exit(0) at the end of a script exits with status 0 after printing.
import sys
def main():
    print('doing work')
    total = sum(range(10))
    print('total', total)
    return 0
if __name__ == '__main__':
    code = main()
    print('exiting with', code)
    sys.exit(code)
print('never printed')
