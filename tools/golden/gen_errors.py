# Golden SyntaxError generator for Taipan's parser tests.
#
# Run it with a CPython 3.2 interpreter (the oracle), from anywhere:
#
#     /path/to/python3.2 tools/golden/gen_errors.py
#
# Input:  parser/testdata/errors/cases.txt (its header documents the format).
# Output, all beside it:
#   cases.golden       compile(source_bytes, "<case>", "exec") of each case
#                      (the string-mode tokenizer, as compile() and exec() use).
#   cases.file.golden  the same cases written to a real file and imported
#                      (the file-mode tokenizer, as running or importing a
#                      .py file uses; the module body is never executed).
#                      Where a message names the file (the "Non-UTF-8 code"
#                      error does), its path is written as prog.py.
#   printed/NAME.txt   for each case flagged "printed": the whole stderr of
#                      "python3.2 prog.py" run in the directory holding the
#                      case written as prog.py (so the report names the file
#                      "prog.py"; no path needs normalising).
#
# Golden line format (UTF-8, fields separated by one TAB, "\n" ended):
#   NAME  OK                                  compiled without error
#   NAME  CLASS  MSG  LINENO  OFFSET  TEXT    it raised CLASS
# CLASS is the exception's class name (SyntaxError, IndentationError,
# TabError, or another class such as TypeError or SystemError); MSG is
# str(exc) for non-SyntaxError classes and exc.msg otherwise; LINENO and
# OFFSET are the attributes as decimal numbers, or None; TEXT is repr() of
# the text attribute (Python 3.2's repr: a str literal, or None).  A MSG
# holding a TAB, CR or newline would be written as its repr() instead;
# none does.
# When the compile emitted warnings, each is given on its own line right
# after the case's line, and then the case's result with warnings turned
# into errors:
#   NAME!warning  CATEGORY  MSG  LINENO  None  None
#   NAME!werror   (OK or CLASS MSG LINENO OFFSET TEXT, as above)
#
# This script is Taipan's own code; it imports nothing but the standard
# library of the interpreter that runs it.

import os
import shutil
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ERRDIR = os.path.join(ROOT, "parser", "testdata", "errors")

FLAGS = ("noeol", "esc", "printed")


def unescape(body):
    """Decode the esc flag's escapes; body is bytes, result is bytes."""
    out = bytearray()
    i = 0
    simple = {ord("t"): 9, ord("n"): 10, ord("r"): 13, ord("f"): 12,
              ord("v"): 11, ord("0"): 0, ord("\\"): 92}
    while i < len(body):
        c = body[i]
        if c != 92:
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(body):
            raise ValueError("lone backslash at the end of an esc case")
        d = body[i + 1]
        if d in simple:
            out.append(simple[d])
            i += 2
        elif d == ord("x"):
            out.append(int(body[i + 2:i + 4].decode("ascii"), 16))
            i += 4
        else:
            raise ValueError("unknown escape \\%c in an esc case" % d)
    return bytes(out)


def read_cases(path):
    """Return a list of (name, flags, source_bytes)."""
    with open(path, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    cases = []
    name = None
    flags = ()
    body = []

    def finish():
        while body and body[-1] == b"":
            body.pop()
        if "esc" in flags:
            src = unescape(b"".join(body))
        else:
            src = b"".join(l + b"\n" for l in body)
            if "noeol" in flags and src.endswith(b"\n"):
                src = src[:-1]
        cases.append((name, flags, src))

    seen = set()
    for line in lines:
        if line.startswith(b"### "):
            if name is not None:
                finish()
            words = line[4:].decode("utf-8").split()
            name, flags = words[0], tuple(words[1:])
            for fl in flags:
                if fl not in FLAGS:
                    raise ValueError("case %s: unknown flag %s" % (name, fl))
            if name in seen:
                raise ValueError("duplicate case name %s" % name)
            seen.add(name)
            body = []
        elif name is not None:
            body.append(line)
    if name is not None:
        finish()
    return cases


def field(s):
    s = str(s)
    if "\t" in s or "\n" in s or "\r" in s:
        return repr(s)
    return s


def describe(exc):
    cls = type(exc).__name__
    if isinstance(exc, SyntaxError):
        return "\t".join([cls, field(exc.msg), str(exc.lineno),
                          str(exc.offset), repr(exc.text)])
    return "\t".join([cls, field(exc), "None", "None", "None"])


def result_lines(name, attempt, norm=lambda line: line):
    """attempt(werror) compiles one case; returns the golden lines.
    norm rewrites each line (file mode: the case's path becomes prog.py)."""
    out = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            attempt(False)
            out.append(name + "\tOK")
        except Exception as e:
            out.append(norm(name + "\t" + describe(e)))
    if caught:
        for w in caught:
            out.append(norm("%s!warning\t%s\t%s\t%s\tNone\tNone" % (
                name, w.category.__name__, field(w.message), w.lineno)))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            try:
                attempt(True)
                out.append(name + "!werror\tOK")
            except Exception as e:
                out.append(norm(name + "!werror\t" + describe(e)))
    return out


def string_mode(cases):
    out = []
    for name, flags, src in cases:
        def attempt(werror, src=src):
            compile(src, "<case>", "exec")
        out.extend(result_lines(name, attempt))
    return out


class _Stop(Exception):
    pass


def file_mode(cases):
    """Import each case from a real file; the tracer stops its body from running."""
    tmp = tempfile.mkdtemp(prefix="taipan-errors-")
    sys.dont_write_bytecode = True
    sys.path.insert(0, tmp)
    out = []
    try:
        for i, (name, flags, src) in enumerate(cases):
            mod = "case_%04d" % i
            path = os.path.join(tmp, mod + ".py")
            with open(path, "wb") as f:
                f.write(src)

            def attempt(werror, mod=mod, path=path):
                counter[0] += 1
                alias = "%s_%d" % (mod, counter[0])
                alias_path = os.path.join(tmp, alias + ".py")
                current[0] = alias_path
                shutil.copyfile(path, alias_path)

                def tracer(frame, event, arg):
                    if frame.f_code.co_filename == alias_path:
                        raise _Stop()
                    return None
                sys.settrace(tracer)
                try:
                    __import__(alias)
                except _Stop:
                    pass
                finally:
                    sys.settrace(None)
                    sys.modules.pop(alias, None)
            out.extend(result_lines(name, attempt,
                                    lambda line: line.replace(current[0], "prog.py")))
    finally:
        sys.path.remove(tmp)
        shutil.rmtree(tmp)
    return out


counter = [0]
current = [""]


def printed(cases, python):
    outdir = os.path.join(ERRDIR, "printed")
    if not os.path.isdir(outdir):
        os.makedirs(outdir)
    for old in os.listdir(outdir):
        if old.endswith(".txt"):
            os.remove(os.path.join(outdir, old))
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"
    env.pop("PYTHONIOENCODING", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    n = 0
    devnull = open(os.devnull, "rb")
    for name, flags, src in cases:
        if "printed" not in flags:
            continue
        tmp = tempfile.mkdtemp(prefix="taipan-printed-")
        try:
            with open(os.path.join(tmp, "prog.py"), "wb") as f:
                f.write(src)
            p = subprocess.Popen([python, "prog.py"], cwd=tmp, env=env,
                                 stdin=devnull,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            _, err = p.communicate()
        finally:
            shutil.rmtree(tmp)
        with open(os.path.join(outdir, name + ".txt"), "wb") as f:
            f.write(err)
        n += 1
    return n


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line)
            f.write("\n")


def main():
    if sys.version_info[:2] != (3, 2):
        sys.stderr.write("warning: this is Python %d.%d, not 3.2\n" % sys.version_info[:2])
    cases = read_cases(os.path.join(ERRDIR, "cases.txt"))
    s = string_mode(cases)
    write_lines(os.path.join(ERRDIR, "cases.golden"), s)
    f = file_mode(cases)
    write_lines(os.path.join(ERRDIR, "cases.file.golden"), f)
    n = printed(cases, sys.executable)
    ok = sum(1 for l in s if l.endswith("\tOK") and "!" not in l.split("\t")[0])
    print("%d cases: %d compile, %d raise; %d printed reports" % (
        len(cases), ok, len(cases) - ok, n))


if __name__ == "__main__":
    main()
