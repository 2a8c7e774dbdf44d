# Golden code-object generator for Taipan's compiler tests.
#
# Run it with a CPython 3.2 interpreter (the oracle), from anywhere:
#
#     /path/to/python3.2 tools/golden/gen_dis.py              # the whole corpus
#     /path/to/python3.2 tools/golden/gen_dis.py a.py ...     # only these files
#     /path/to/python3.2 tools/golden/gen_dis.py --lib LIB OUT [OPTIMIZE]
#
# With --lib it dumps every .py file under the directory LIB that
# compiles (with compile()'s optimize argument OPTIMIZE, -1 by default),
# to OUT/PATH.dis (PATH relative to LIB), for the compiler's differential
# test against CPython's standard library (TestCPythonLibDis, which reads
# LIB, OUT and OPTIMIZE from $TAIPAN_CPYTHON_LIB, $TAIPAN_CPYTHON_DIS and
# $TAIPAN_CPYTHON_DIS_OPTIMIZE); those dumps stay outside the repository.
#
# The corpus is every compiler/testdata/dis/*.py, every
# parser/testdata/ast/*.py, and the cases of compiler/testdata/dis/cases.txt
# (the format of parser/testdata/errors/cases.txt: a "### NAME FLAGS" line
# before each program; the flags here are "eval" or "single" for the mode
# (exec otherwise) and "O1" or "O2" for compile()'s optimize argument).
#
# For X.py it writes X.dis beside it (in compiler/testdata/dis/ for the
# parser's files, as NAME.dis), and for the cases one file cases.dis in
# which each case's dump follows a line "=== NAME". A file is compiled with
# compile(bytes, "<s>", "exec"): the filename is always "<s>".
#
# A dump lists each code object, the module's first, then those in its
# co_consts, depth first, as:
#
#     code NAME
#     argcount N
#     kwonlyargcount N
#     nlocals N
#     stacksize N
#     flags N
#     firstlineno N
#     names REPR-OF-TUPLE
#     varnames REPR-OF-TUPLE
#     freevars REPR-OF-TUPLE
#     cellvars REPR-OF-TUPLE
#     const I REPR            (one per constant)
#     lines I:LINE ...        (the line table, see below)
#     I LINE OPNAME [ARG]     (one per instruction)
#
# Instructions are numbered from 0 (an EXTENDED_ARG is merged into the
# instruction after it, whose ARG is then the whole argument); a jump's
# ARG is the number of the instruction it goes to. LINE is the line
# CPython reports for the instruction (PyCode_Addr2Line of its offset).
# "lines" lists where the ranges of co_lnotab start, as (instruction,
# line) pairs: (0, co_firstlineno) first, then one pair per entry that
# moves the offset to an instruction (an entry that only moves the line
# adds to the pair before). Constants print as repr(), except code objects, as
# "<code NAME line FIRSTLINENO>", and frozensets, whose items are sorted
# by their printed forms.
#
# This script is Taipan's own code; it imports nothing but the standard
# library of the interpreter that runs it.

import dis
import glob
import os
import sys
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DISDIR = os.path.join(ROOT, "compiler", "testdata", "dis")


def crepr(c):
    if type(c) is type(crepr.__code__):
        return "<code %s line %d>" % (c.co_name, c.co_firstlineno)
    if type(c) is frozenset:
        return "frozenset({" + ", ".join(sorted(crepr(x) for x in c)) + "})"
    if type(c) is tuple:
        if len(c) == 1:
            return "(" + crepr(c[0]) + ",)"
        return "(" + ", ".join(crepr(x) for x in c) + ")"
    return repr(c)


def instructions(co):
    code = co.co_code
    ins = []
    index = {}
    i = 0
    ext = 0
    while i < len(code):
        index[i] = len(ins)
        start = i
        op = code[i]
        arg = None
        if op >= dis.HAVE_ARGUMENT:
            arg = code[i + 1] | code[i + 2] << 8 | ext
            i += 3
        else:
            i += 1
        if op == dis.EXTENDED_ARG:
            ext = arg << 16
            continue
        ext = 0
        ins.append((start, op, arg, i))
    index[len(code)] = len(ins)
    return ins, index


def addr2lines(co, addrs):
    """The lines of the given offsets (increasing), as PyCode_Addr2Line gives them."""
    tab = co.co_lnotab
    line = co.co_firstlineno
    a = 0
    k = 0
    lines = []
    for addr in addrs:
        while k < len(tab) and a + tab[k] <= addr:
            a += tab[k]
            line += tab[k + 1]
            k += 2
        lines.append(line)
    return lines


def line_pairs(co, index):
    pairs = [[0, co.co_firstlineno]]
    tab = co.co_lnotab
    addr = 0
    line = co.co_firstlineno
    for k in range(0, len(tab), 2):
        d = tab[k]
        addr += d
        if d and addr in index:
            # (A step of more than 255 bytes is split into entries of
            # 255, whose ends need not be instructions; they start no
            # range here.)
            at = index[addr]
            if pairs[-1][0] == at:
                pairs.pop()
            pairs.append([at, 0])
        line += tab[k + 1]
        pairs[-1][1] = line
    return " ".join("%d:%d" % (a, l) for a, l in pairs)


def dump_code(co, out):
    out.append("code " + co.co_name)
    for attr in ("argcount", "kwonlyargcount", "nlocals", "stacksize", "flags", "firstlineno"):
        out.append("%s %d" % (attr, getattr(co, "co_" + attr)))
    for attr in ("names", "varnames", "freevars", "cellvars"):
        out.append("%s %s" % (attr, crepr(getattr(co, "co_" + attr))))
    for i, c in enumerate(co.co_consts):
        out.append("const %d %s" % (i, crepr(c)))
    ins, index = instructions(co)
    out.append("lines " + line_pairs(co, index))
    lines = addr2lines(co, [start for start, op, arg, nxt in ins])
    for n, (start, op, arg, nxt) in enumerate(ins):
        text = "%d %d %s" % (n, lines[n], dis.opname[op])
        if arg is not None:
            if op in dis.hasjabs:
                arg = index[arg]
            elif op in dis.hasjrel:
                arg = index[nxt + arg]
            text += " %d" % arg
        out.append(text)
    for c in co.co_consts:
        if type(c) is type(co):
            dump_code(c, out)


def dump(src, mode="exec", optimize=-1):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        co = compile(src, "<s>", mode, 0, True, optimize)
    out = []
    dump_code(co, out)
    return out


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line)
            f.write("\n")


def do_file(path):
    with open(path, "rb") as f:
        src = f.read()
    lines = dump(src)
    base = os.path.splitext(os.path.basename(path))[0]
    if os.path.dirname(os.path.abspath(path)) == DISDIR:
        out = path[:-3] + ".dis"
    else:
        out = os.path.join(DISDIR, "ast", base + ".dis")
    write(out, lines)
    return out


def read_cases(path):
    cases = []
    cur = None
    with open(path, "rb") as f:
        data = f.read().decode("utf-8")
    for line in data.split("\n"):
        if line.startswith("### "):
            words = line[4:].split()
            cur = [words[0], words[1:], []]
            cases.append(cur)
        elif cur is not None:
            cur[2].append(line)
    result = []
    for name, flags, body in cases:
        while body and body[-1] == "":
            body.pop()
        src = "".join(l + "\n" for l in body)
        result.append((name, flags, src.encode("utf-8")))
    return result


def do_cases():
    path = os.path.join(DISDIR, "cases.txt")
    out = []
    for name, flags, src in read_cases(path):
        mode = "exec"
        optimize = -1
        for fl in flags:
            if fl in ("eval", "single"):
                mode = fl
            elif fl.startswith("O"):
                optimize = int(fl[1:])
        out.append("=== " + name)
        out.extend(dump(src, mode, optimize))
    write(os.path.join(DISDIR, "cases.dis"), out)


def do_lib(lib, outdir, optimize=-1):
    n = 0
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames.sort()
        for fn in sorted(filenames):
            if not fn.endswith(".py"):
                continue
            path = os.path.join(dirpath, fn)
            with open(path, "rb") as f:
                src = f.read()
            try:
                lines = dump(src, "exec", optimize)
            except (SyntaxError, ValueError, TypeError):
                continue
            out = os.path.join(outdir, os.path.relpath(path, lib)[:-3] + ".dis")
            os.makedirs(os.path.dirname(out), exist_ok=True)
            write(out, lines)
            n += 1
    print("%d files" % n)


def main(argv):
    if sys.version_info[:2] != (3, 2):
        sys.stderr.write("warning: this is Python %d.%d, not 3.2\n" % sys.version_info[:2])
    files = argv[1:]
    if files[:1] == ["--lib"]:
        do_lib(files[1], files[2], int(files[3]) if len(files) > 3 else -1)
        return
    if files:
        for f in files:
            print(do_file(f))
        return
    os.makedirs(os.path.join(DISDIR, "ast"), exist_ok=True)
    for f in sorted(glob.glob(os.path.join(DISDIR, "*.py"))):
        do_file(f)
    for f in sorted(glob.glob(os.path.join(ROOT, "parser", "testdata", "ast", "*.py"))):
        do_file(f)
    do_cases()


if __name__ == "__main__":
    main(sys.argv)
