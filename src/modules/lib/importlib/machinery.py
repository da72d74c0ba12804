"""importlib.machinery: the import system's spec and loader classes (our own code).

safepy's import system is in C (src/modules/import.c); these are the classes its module
specs use and the default finders it puts in sys.meta_path.
"""

from _frozen_importlib import (ModuleSpec, BuiltinImporter, FrozenImporter,
                               SourceFileLoader, NamespaceLoader, PathFinder)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
