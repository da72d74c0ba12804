# a package with no __main__ module: `-m pkg_nomain` cannot run it
VALUE = 1
