"""Command line tool to validate and pretty-print JSON (safepy implementation).

    safepy -m json.tool [--sort-keys] [--no-ensure-ascii] [--json-lines]
                        [--indent N | --tab | --no-indent | --compact] [infile] [outfile]

Reads one JSON document (or, with --json-lines, one per line) from infile (standard
input by default) and writes it formatted to outfile (standard output by default). An
invalid document ends the program with the decoder's message and status 1.
"""
import argparse
import json
import sys
from pathlib import Path


def _parser():
    p = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to validate and '
                    'pretty-print JSON objects.')
    p.add_argument('infile', nargs='?', default=sys.stdin,
                   type=argparse.FileType(encoding='utf-8'),
                   help='a JSON file to be validated or pretty-printed')
    p.add_argument('outfile', nargs='?', default=None, type=Path,
                   help='write the output of infile to outfile')
    p.add_argument('--sort-keys', action='store_true', default=False,
                   help='sort the output of dictionaries alphabetically by key')
    p.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                   help='disable escaping of non-ASCII characters')
    p.add_argument('--json-lines', action='store_true', default=False,
                   help='parse input using the JSON Lines format. Use with --no-indent '
                        'or --compact to produce valid JSON Lines output.')
    layout = p.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of '
                             'spaces for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    return p


def main():
    opts = _parser().parse_args()
    fmt = {'sort_keys': opts.sort_keys, 'ensure_ascii': opts.ensure_ascii,
           'indent': opts.indent}
    if opts.compact:
        fmt['indent'] = None
        fmt['separators'] = (',', ':')
    with opts.infile as src:
        try:
            # JSON Lines are decoded one at a time as they are written (a bad line
            # stops the output there, after the lines before it)
            if opts.json_lines:
                docs = (json.loads(line) for line in src)
            else:
                docs = (json.load(src),)
            dest = sys.stdout if opts.outfile is None else \
                opts.outfile.open('w', encoding='utf-8')
            with dest:
                for doc in docs:
                    json.dump(doc, dest, **fmt)
                    dest.write('\n')
        except ValueError as e:
            raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as e:
        sys.exit(e.errno)
