"""Validate and pretty-print JSON:

    python -m json.tool [infile [outfile]]

reads standard input (or infile) and writes the document with sorted keys
and an indent of four to standard output (or outfile).
"""
import sys
import json


def main():
    if len(sys.argv) == 1:
        infile = sys.stdin
        outfile = sys.stdout
    elif len(sys.argv) == 2:
        infile = open(sys.argv[1], 'r')
        outfile = sys.stdout
    elif len(sys.argv) == 3:
        infile = open(sys.argv[1], 'r')
        outfile = open(sys.argv[2], 'w')
    else:
        raise SystemExit(sys.argv[0] + " [infile [outfile]]")
    with infile:
        try:
            obj = json.load(infile)
        except ValueError as e:
            raise SystemExit(e)
    with outfile:
        json.dump(obj, outfile, sort_keys=True, indent=4,
                  separators=(',', ': '))
        outfile.write('\n')


if __name__ == '__main__':
    main()
