r"""Compiling what is typed at an interactive prompt, and telling a
complete statement from one that needs more lines.

compile_command(source) returns a code object when source is a complete
statement, None when it is incomplete (the prompt should read another
line), and raises SyntaxError (or OverflowError, ValueError) when it is
wrong whatever follows.  It decides as Python 3.2's codeop does: source
is compiled as it is, with one newline more and with two more, with the
flag PyCF_DONT_IMPLY_DEDENT (the end of the input closes no block).  If
the first succeeds the statement is complete; if the second fails with
the same error as the third, no further line can help and that error is
raised; otherwise more input is needed.  The compiler's errors being
CPython's, the answers are too; they agree with Taipan's own prompt
(package repl), which makes the same decision inside the parser.

Compile and CommandCompiler also remember the __future__ statements
compiled so far, as the prompt does.
"""

import __future__

_features = [getattr(__future__, name)
             for name in __future__.all_feature_names]

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200


def _maybe_compile(compiler, source, filename, symbol):
    # Nothing but blank lines and comments is a complete (empty)
    # statement, except in eval mode.
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"

    code = code1 = None
    err1 = err2 = None
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError:
        pass
    try:
        code1 = compiler(source + "\n", filename, symbol)
    except SyntaxError as e:
        err1 = e
    try:
        compiler(source + "\n\n", filename, symbol)
    except SyntaxError as e:
        err2 = e

    if code:
        return code
    if not code1 and repr(err1) == repr(err2):
        raise err1
    return None


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile source typed at a prompt: a code object if it is a
    complete statement ('single'), statements ('exec') or expression
    ('eval'); None if it needs more lines; SyntaxError, OverflowError or
    ValueError if it cannot be completed."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() that keeps the __future__ features of what it compiled
    for the compilations that follow."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol):
        code = compile(source, filename, symbol, self.flags, 1)
        for feature in _features:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that keeps the __future__ features of what it
    compiled for the commands that follow."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        """As compile_command()."""
        return _maybe_compile(self.compiler, source, filename, symbol)
