"""Operator interface.

This module exports a set of functions implemented in C corresponding to the intrinsic
operators of Python. In safepy they live in the operator module itself; this is the same
functions under the name CPython's C half has, for code that imports _operator directly.
"""
import operator as _operator_module

globals().update({_name: _value for _name, _value in vars(_operator_module).items()
                  if not _name.startswith('__')})
del _operator_module
