# sys.exit inside a function: finally blocks still run before the process exits with status 2.
import sys


def main():
    try:
        print('working')
        sys.exit(2)
    finally:
        print('cleanup in finally')


main()
