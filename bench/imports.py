# Import-time benchmark: importing large frozen modules decodes and compiles their
# source (parser, compiler), the code that -Os / table changes could slow down.
import argparse
import dataclasses
import decimal
import pathlib
import logging
import inspect
import difflib
import calendar
print(decimal.Decimal("1.10") + decimal.Decimal("2.205"), calendar.isleap(2024))
