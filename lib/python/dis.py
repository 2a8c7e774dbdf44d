"""Disassembler of Taipan's bytecode.

The listing has the layout of Python 3.2's dis: the line number where a
line starts, '-->' at the instruction a traceback stopped at, '>>' at
jump targets, the offset, the opcode's name, its argument and what the
argument stands for.  Taipan's instructions are 32-bit words (see the
opcode module), so the offsets shown are instruction indexes, not byte
offsets, and a jump's target is its argument, relative jumps included.
"""

import sys
import types

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import INSTRUCTION_SIZE as _SIZE, ARG_BITS as _ARG_BITS

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType, type)


def _try_compile(source, name):
    # Source given instead of code: an expression if it is one, else
    # statements.
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        return compile(source, name, 'exec')


def dis(x=None):
    """Disassemble x: a module, class, method, function, code object,
    raw bytecode or source text; with no argument, the last traceback."""
    if x is None:
        distb()
        return
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    if hasattr(x, '__dict__'):
        for name, member in sorted(x.__dict__.items()):
            if isinstance(member, _have_code):
                print("Disassembly of %s:" % name)
                try:
                    dis(member)
                except TypeError as msg:
                    print("Sorry:", msg)
                print()
    elif hasattr(x, 'co_code'):
        disassemble(x)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x)
    elif isinstance(x, str):
        _disassemble_str(x)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None):
    """Disassemble the code of a traceback's innermost frame, marking
    where it stopped; by default sys.last_traceback's."""
    if tb is None:
        try:
            tb = sys.last_traceback
        except AttributeError:
            raise RuntimeError("no last traceback to disassemble")
        while tb.tb_next:
            tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti)


# What each bit of co_flags means (inspect reads this table too).
COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
}


def pretty_flags(flags):
    """The names of the bits set in a co_flags value, comma-separated."""
    names = []
    for bit in range(32):
        flag = 1 << bit
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                return ", ".join(names)
    names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """A description of a function's, method's, source text's or code
    object's code object, as text."""
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    if isinstance(x, str):
        x = _try_compile(x, "<code_info>")
    if not hasattr(x, 'co_code'):
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)
    return _format_code_info(x)


def _format_code_info(co):
    out = [
        "Name:              %s" % co.co_name,
        "Filename:          %s" % co.co_filename,
        "Argument count:    %s" % co.co_argcount,
        "Kw-only arguments: %s" % co.co_kwonlyargcount,
        "Number of locals:  %s" % co.co_nlocals,
        "Stack size:        %s" % co.co_stacksize,
        "Flags:             %s" % pretty_flags(co.co_flags),
    ]
    if co.co_consts:
        out.append("Constants:")
        for i, c in enumerate(co.co_consts):
            out.append("%4d: %r" % (i, c))
    for title, names in (("Names:", co.co_names),
                         ("Variable names:", co.co_varnames),
                         ("Free variables:", co.co_freevars),
                         ("Cell variables:", co.co_cellvars)):
        if names:
            out.append(title)
            for i, name in enumerate(names):
                out.append("%4d: %s" % (i, name))
    return "\n".join(out)


def show_code(co):
    """Print code_info(co)."""
    print(code_info(co))


def _instructions(code):
    # Yield (index, opcode, argument) for each instruction of co_code,
    # folding EXTENDED_ARG's bits into the next instruction's argument
    # (the EXTENDED_ARG itself is yielded with its own argument).
    extended = 0
    for index in range(len(code) // _SIZE):
        at = index * _SIZE
        word = (code[at] | code[at + 1] << 8 | code[at + 2] << 16 |
                code[at + 3] << 24)
        op = word & 0xFF
        arg = (word >> 8) | extended
        extended = 0
        if op == EXTENDED_ARG:
            extended = arg << _ARG_BITS
        yield index, op, arg


def _print_instruction(index, op, arg, lasti, labels, describe, width):
    print('-->' if index == lasti else '   ', end=' ')
    print('>>' if index in labels else '  ', end=' ')
    print(repr(index).rjust(4), end=' ')
    print(opname[op].ljust(width), end=' ')
    if op >= HAVE_ARGUMENT:
        print(repr(arg).rjust(5), end=' ')
        text = describe(op, arg)
        if text is not None:
            print('(' + text + ')', end=' ')
    print()


def disassemble(co, lasti=-1):
    """Print the instructions of a code object; lasti marks one."""
    free = co.co_cellvars + co.co_freevars

    def describe(op, arg):
        if op in hasconst:
            return repr(co.co_consts[arg])
        if op in hasname:
            return co.co_names[arg]
        if op in hasjrel:
            return 'to ' + repr(arg)
        if op in haslocal:
            return co.co_varnames[arg]
        if op in hascompare:
            return cmp_op[arg]
        if op in hasfree:
            return free[arg]
        return None

    code = co.co_code
    labels = findlabels(code)
    linestarts = dict(findlinestarts(co))
    for index, op, arg in _instructions(code):
        if index in linestarts:
            if index > 0:
                print()
            print("%3d" % linestarts[index], end=' ')
        else:
            print('   ', end=' ')
        _print_instruction(index, op, arg, lasti, labels, describe, 20)


def _disassemble_bytes(code, lasti=-1, varnames=None, names=None,
                       constants=None):
    # Raw bytecode: arguments are described only where the tables that
    # give them meaning were passed.
    def describe(op, arg):
        if op in hasconst:
            return repr(constants[arg]) if constants else '%d' % arg
        if op in hasname:
            return names[arg] if names is not None else '%d' % arg
        if op in hasjrel:
            return 'to ' + repr(arg)
        if op in haslocal:
            return varnames[arg] if varnames else '%d' % arg
        if op in hascompare:
            return cmp_op[arg]
        return None

    labels = findlabels(code)
    for index, op, arg in _instructions(code):
        _print_instruction(index, op, arg, lasti, labels, describe, 15)


def _disassemble_str(source):
    disassemble(_try_compile(source, '<dis>'))


disco = disassemble


def findlabels(code):
    """The indexes of the instructions some jump of code (bytecode) goes
    to, in the order first jumped to."""
    labels = []
    for index, op, arg in _instructions(code):
        if op in hasjrel or op in hasjabs:
            if arg not in labels:
                labels.append(arg)
    return labels


def findlinestarts(code):
    """Yield (index, line) for each instruction of a code object that
    starts a line, from its co_lnotab."""
    table = code.co_lnotab
    last = None
    line = code.co_firstlineno
    index = 0
    for i in range(0, len(table) - 1, 2):
        step, line_step = table[i], table[i + 1]
        if step:
            if line != last:
                yield index, line
                last = line
            index += step
        line += line_step
    if line != last:
        yield index, line


def _test():
    # python -m dis [file]: disassemble a file, or standard input.
    if sys.argv[2:]:
        sys.stderr.write("usage: python dis.py [-|file]\n")
        sys.exit(2)
    name = sys.argv[1] if sys.argv[1:] else None
    if not name or name == "-":
        source = sys.stdin.read()
        name = "<stdin>"
    else:
        with open(name) as f:
            source = f.read()
    dis(compile(source, name, "exec"))


if __name__ == "__main__":
    _test()
