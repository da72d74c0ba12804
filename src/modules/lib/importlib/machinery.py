"""importlib.machinery: the import system's spec and loader classes (our own code).

The finders of CPython's path-based import are not exposed: safepy's import system is in
C (src/modules/import.c); these are the classes its module specs use.
"""

from _frozen_importlib import (ModuleSpec, BuiltinImporter, FrozenImporter,
                               SourceFileLoader, NamespaceLoader)

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
