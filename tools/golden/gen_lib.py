# Differential data from CPython's own library, kept OUTSIDE the repo.
#
# Run it with a CPython 3.2 interpreter (the oracle):
#
#     /path/to/python3.2 tools/golden/gen_lib.py LIBDIR OUTDIR
#
# e.g. LIBDIR=/tmp/cpy32/Lib (the Lib folder of an unpacked CPython 3.2
# source tree) and OUTDIR=/tmp/py32dumps.  Nothing it writes belongs in
# the repo: the data is derived from CPython's files.
#
# It writes
#   OUTDIR/INDEX.tsv        one line per .py file under LIBDIR, sorted:
#                             RELPATH<TAB>OK
#                             RELPATH<TAB>ERR<TAB>CLASS<TAB>MSG<TAB>LINENO<TAB>OFFSET
#                           for compile(open(f,'rb').read(), f, 'exec').
#   OUTDIR/RELPATH.dump     for each file that compiles: one line per
#                           top-level statement, ast.dump(stmt,
#                           include_attributes=True) (as gen_ast.py does).
#   OUTDIR/test_syntax_cases.tsv   the doctest examples of test/test_syntax.py
#                           whose expected output is an exception, compiled
#                           in 'single' mode as doctest does:
#                             SOURCE<TAB>CLASS<TAB>MSG<TAB>LINENO<TAB>OFFSET<TAB>EXPECTED
#                           (EXPECTED, an extra last column, is the
#                           doctest's expected exception line).
#   OUTDIR/test_grammar_cases.tsv  the string arguments of the
#                           check_syntax_error() calls of test/test_grammar.py,
#                           compiled in 'exec' mode as that helper does:
#                             SOURCE<TAB>CLASS<TAB>MSG<TAB>LINENO<TAB>OFFSET
#   OUTDIR/TIMINGS.txt      the timings below, also printed.
# SOURCE is escaped: backslash, newline, CR and TAB are written \\ \n \r \t;
# every other character stands for itself (UTF-8).  A compile that raises
# nothing is written with CLASS "OK" and empty MSG, LINENO, OFFSET.
# MSG is exc.msg for SyntaxError and its subclasses, str(exc) otherwise.
#
# Timings: all sources are read into memory first; then the compile() calls
# alone (parse + AST + symtable + bytecode) and, separately, the parse-only
# calls (compile with PyCF_ONLY_AST, which is what ast.parse does) are timed
# over the files that compile, best of 3 runs, garbage collector as usual.

import ast
import doctest
import gc
import os
import sys
import time


def esc(s):
    return (s.replace("\\", "\\\\").replace("\n", "\\n")
             .replace("\r", "\\r").replace("\t", "\\t"))


def err_fields(e):
    if isinstance(e, SyntaxError):
        msg = e.msg
    else:
        msg = str(e)
    lineno = getattr(e, "lineno", None)
    offset = getattr(e, "offset", None)
    return [type(e).__name__, esc(str(msg)), str(lineno), str(offset)]


def find_py(libdir):
    out = []
    for dirpath, dirnames, filenames in os.walk(libdir):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.endswith(".py"):
                full = os.path.join(dirpath, fn)
                out.append((os.path.relpath(full, libdir), full))
    out.sort()
    return out


def best_of(n, fn):
    best = None
    for _ in range(n):
        t0 = time.time()
        fn()
        dt = time.time() - t0
        if best is None or dt < best:
            best = dt
    return best


def main(argv):
    libdir, outdir = argv[1], argv[2]
    files = find_py(libdir)
    sources = []
    for rel, full in files:
        with open(full, "rb") as f:
            sources.append((rel, full, f.read()))
    if not os.path.isdir(outdir):
        os.makedirs(outdir)

    ok_sources = []
    index = []
    nok = nerr = 0
    for rel, full, src in sources:
        try:
            compile(src, full, "exec")
        except Exception as e:
            index.append("\t".join([rel, "ERR"] + err_fields(e)))
            nerr += 1
            continue
        nok += 1
        index.append(rel + "\tOK")
        ok_sources.append((full, src))
        tree = compile(src, full, "exec", ast.PyCF_ONLY_AST)
        out = os.path.join(outdir, rel + ".dump")
        d = os.path.dirname(out)
        if not os.path.isdir(d):
            os.makedirs(d)
        with open(out, "w", encoding="utf-8", newline="\n") as f:
            for stmt in tree.body:
                f.write(ast.dump(stmt, include_attributes=True))
                f.write("\n")
    with open(os.path.join(outdir, "INDEX.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for line in index:
            f.write(line + "\n")

    # test_syntax.py doctests
    tsrc = open(os.path.join(libdir, "test", "test_syntax.py"), "rb").read()
    doc = ast.get_docstring(compile(tsrc, "test_syntax.py", "exec", ast.PyCF_ONLY_AST), clean=False)
    rows = []
    for ex in doctest.DocTestParser().get_examples(doc):
        if ex.exc_msg is None:
            continue
        expected = ex.want.strip().splitlines()[-1]
        try:
            compile(ex.source, "<doctest>", "single")
            fields = ["OK", "", "", ""]
        except Exception as e:
            fields = err_fields(e)
        rows.append("\t".join([esc(ex.source)] + fields + [esc(expected)]))
    with open(os.path.join(outdir, "test_syntax_cases.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(r + "\n")
    nsyntax = len(rows)

    # test_grammar.py check_syntax_error() calls
    gsrc = open(os.path.join(libdir, "test", "test_grammar.py"), "rb").read()
    gtree = compile(gsrc, "test_grammar.py", "exec", ast.PyCF_ONLY_AST)
    rows = []
    for node in ast.walk(gtree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "check_syntax_error" and len(node.args) >= 2
                and isinstance(node.args[1], ast.Str)):
            s = node.args[1].s
            try:
                compile(s, "<test string>", "exec")
                fields = ["OK", "", "", ""]
            except Exception as e:
                fields = err_fields(e)
            rows.append((node.lineno, "\t".join([esc(s)] + fields)))
    rows.sort()
    with open(os.path.join(outdir, "test_grammar_cases.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for _, r in rows:
            f.write(r + "\n")
    ngrammar = len(rows)

    # timings
    nbytes = sum(len(s) for _, s in ok_sources)
    nlines = sum(s.count(b"\n") for _, s in ok_sources)

    def do_compile():
        for full, src in ok_sources:
            compile(src, full, "exec")

    def do_parse():
        for full, src in ok_sources:
            compile(src, full, "exec", ast.PyCF_ONLY_AST)

    t_compile = best_of(3, do_compile)
    t_parse = best_of(3, do_parse)
    gc.disable()
    t_parse_nogc = best_of(3, do_parse)
    gc.enable()
    report = [
        "python: %s" % sys.version.replace("\n", " "),
        "files: %d (.py under %s): %d compile, %d raise" % (len(files), libdir, nok, nerr),
        "timed over the %d files that compile: %d bytes, %d lines" % (nok, nbytes, nlines),
        "compile() (parse+AST+symtable+codegen), best of 3: %.3f s" % t_compile,
        "parse to AST only (PyCF_ONLY_AST), best of 3:     %.3f s" % t_parse,
        "parse to AST only, gc disabled, best of 3:         %.3f s" % t_parse_nogc,
        "test_syntax.py doctest cases: %d; test_grammar.py check_syntax_error cases: %d" % (nsyntax, ngrammar),
    ]
    with open(os.path.join(outdir, "TIMINGS.txt"), "w", encoding="utf-8", newline="\n") as f:
        for line in report:
            f.write(line + "\n")
    for line in report:
        print(line)


if __name__ == "__main__":
    main(sys.argv)
