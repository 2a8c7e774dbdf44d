# Golden AST generator for Taipan's parser tests.
#
# Run it with a CPython 3.2 interpreter (the oracle), from anywhere:
#
#     /path/to/python3.2 tools/golden/gen_ast.py            # every parser/testdata/ast/*.py
#     /path/to/python3.2 tools/golden/gen_ast.py a.py b.py  # only these files
#
# For each X.py it writes X.dump beside it: one line per top-level
# statement of the module, each line being
#     ast.dump(stmt, include_attributes=True)
# as the interpreter running this script prints it, encoded as UTF-8 and
# ended by "\n".  A file must also compile to a code object (symbol table
# and compiler included), or the script stops with an error: the corpus
# holds valid programs only.  Compiler warnings are printed, not fatal.
#
# This script is Taipan's own code; it imports nothing but the standard
# library of the interpreter that runs it.

import ast
import glob
import os
import sys
import warnings


def dump_lines(source_bytes, filename):
    """Return the dump lines of a module given as bytes (raises SyntaxError)."""
    tree = compile(source_bytes, filename, "exec", ast.PyCF_ONLY_AST)
    return [ast.dump(stmt, include_attributes=True) for stmt in tree.body]


def check_compiles(source_bytes, filename):
    # Warnings (SyntaxWarning from the compiler) are shown, not fatal.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(source_bytes, filename, "exec")
    for w in caught:
        sys.stderr.write("%s:%s: %s: %s\n" % (filename, w.lineno, w.category.__name__, w.message))


def write_dump(path):
    with open(path, "rb") as f:
        src = f.read()
    check_compiles(src, path)
    lines = dump_lines(src, path)
    out = path[:-3] + ".dump"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line)
            f.write("\n")
    return out, len(lines)


def main(argv):
    if sys.version_info[:2] != (3, 2):
        sys.stderr.write("warning: this is Python %d.%d, not 3.2\n" % sys.version_info[:2])
    files = argv[1:]
    if not files:
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        files = sorted(glob.glob(os.path.join(root, "parser", "testdata", "ast", "*.py")))
    for path in files:
        out, n = write_dump(path)
        print("%s: %d statements" % (out, n))


if __name__ == "__main__":
    main(sys.argv)
