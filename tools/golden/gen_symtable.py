# Golden symbol-table generator for Taipan's symtable tests.
#
# Run it with a CPython 3.2 interpreter (the oracle), from anywhere:
#
#     /path/to/python3.2 tools/golden/gen_symtable.py
#
# Input:  every symtable/testdata/tables/NAME.py (a valid program).
# Output: NAME.golden beside it: the blocks of the program's symbol table
# as CPython 3.2's _symtable module shows them, each completed with the
# facts the compiled code object shows about the same block.
#
# Format (UTF-8, "\n" ended lines), one block per paragraph, the blocks in
# preorder (a block, then its children in order), each line indented by two
# spaces per level of nesting:
#   TYPE NAME lineno=N nested=0|1 unoptimized=N params=A,B
#     sym NAME flags=F scope=S          one per symbol, sorted by name
#     order NAME NAME ...               the symbols in the dict's order
#     code flags=F cellvars=A,B freevars=C,D
# TYPE is module, function or class; F is the raw def-use flags word
# without the scope bits and S the scope (1 local, 2 global explicit,
# 3 global implicit, 4 free, 5 cell). The code line's flags keep only
# CO_NESTED (16), CO_GENERATOR (32), CO_VARARGS (4), CO_VARKEYWORDS (8):
# the bits the symbol table decides. The order line, which shows the order
# CPython iterates the block's symbols in, is left out when the second
# pass added symbols (free names with no flags of their own), since their
# order of insertion comes from a set's.
#
# This script is Taipan's own code; it imports nothing but the standard
# library of the interpreter that runs it.

import _symtable
import glob
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TABLES = os.path.join(ROOT, "symtable", "testdata", "tables")

TYPES = {
    _symtable.TYPE_MODULE: "module",
    _symtable.TYPE_FUNCTION: "function",
    _symtable.TYPE_CLASS: "class",
}

CODE_NAMES = {
    "top": "<module>",
    "lambda": "<lambda>",
    "genexpr": "<genexpr>",
    "listcomp": "<listcomp>",
    "setcomp": "<setcomp>",
    "dictcomp": "<dictcomp>",
}

CODE_FLAG_MASK = 4 | 8 | 16 | 32
SCOPE_OFF = 11


def code_children(code):
    return [c for c in code.co_consts if isinstance(c, types.CodeType)]


def block_lines(table, code, depth, out):
    ind = "  " * depth
    out.append("%s%s %s lineno=%d nested=%d unoptimized=%d params=%s" % (
        ind, TYPES[table.type], table.name, table.lineno, table.nested,
        table.optimized, ",".join(table.varnames)))
    for name in sorted(table.symbols):
        v = table.symbols[name]
        out.append("%s  sym %s flags=%d scope=%d" % (
            ind, name, v & ((1 << SCOPE_OFF) - 1), (v >> SCOPE_OFF) & 15))
    if all(v & ((1 << SCOPE_OFF) - 1) for v in table.symbols.values()):
        out.append("%s  order %s" % (ind, " ".join(table.symbols)))
    out.append("%s  code flags=%d cellvars=%s freevars=%s" % (
        ind, code.co_flags & CODE_FLAG_MASK, ",".join(code.co_cellvars),
        ",".join(code.co_freevars)))
    # Match each child block with the code object of the same name and
    # first line, taking duplicates in order.
    pool = code_children(code)
    for child in table.children:
        names = (child.name, CODE_NAMES.get(child.name, child.name))
        for i, c in enumerate(pool):
            if c.co_name in names and c.co_firstlineno == child.lineno:
                del pool[i]
                break
        else:
            raise ValueError("no code object for block %s at line %d" % (child.name, child.lineno))
        block_lines(child, c, depth + 1, out)


def golden(path):
    with open(path, "rb") as f:
        src = f.read().decode("utf-8")
    code = compile(src, os.path.basename(path), "exec")
    raw = _symtable.symtable(src, os.path.basename(path), "exec")
    top = [t for t in raw.values() if t.name == "top"][0]
    out = []
    block_lines(top, code, 0, out)
    return out


def main():
    if sys.version_info[:2] != (3, 2):
        sys.stderr.write("warning: this is Python %d.%d, not 3.2\n" % sys.version_info[:2])
    files = sorted(glob.glob(os.path.join(TABLES, "*.py")))
    for path in files:
        lines = golden(path)
        with open(path[:-3] + ".golden", "w", encoding="utf-8", newline="\n") as f:
            for line in lines:
                f.write(line)
                f.write("\n")
    print("%d tables" % len(files))


if __name__ == "__main__":
    main()
