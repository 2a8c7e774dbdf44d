# dis and opcode.  Taipan's compiler emits CPython 3.2's instructions,
# so a listing names the same instructions with the same arguments; only
# the offsets differ by design (Taipan's instructions are one 32-bit word
# each and offsets are instruction indexes, where CPython's are bytes).
# The checks below compare listings after numbering the instructions,
# which is the same on both; the checks marked TAIPAN ONLY look at the
# encoding itself.
import sys
import io
import dis
import opcode


def listing(x, *args):
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        dis.dis(x, *args) if not args else dis.disassemble(x, *args)
    finally:
        sys.stdout = saved
    return out.getvalue()


def normalise(text):
    # (line start, marker, opname, argument, meaning) per instruction,
    # with offsets replaced by instruction numbers.
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        start = line[:3].strip()
        here = line[4:7]
        label = line[8:10]
        offset = int(line[11:15])
        name = line[16:36].strip()
        rest = line[37:].strip()
        rows.append([start, here, label, offset, name, rest])
    number = {row[3]: i for i, row in enumerate(rows)}
    result = []
    for start, here, label, offset, name, rest in rows:
        arg = rest.split(' ', 1)[0] if rest else ''
        meaning = rest.split(' ', 1)[1] if ' ' in rest else ''
        if opcode.opmap[name] in opcode.hasjabs:
            arg = number[int(arg)]
        if meaning.startswith('(to '):
            meaning = number[int(meaning[4:-1])]
            arg = ''
        result.append((start, here, label, name, arg, meaning))
    return result


def sample(a, b=2, *c, d, **e):
    x = a + 1
    def g():
        return x
    for i in range(3):
        if i:
            continue
    try:
        y = {k: v for k, v in e.items()}
    except KeyError as err:
        y = None
    return g, y, not a


got = normalise(listing(sample))
names = [row[3] for row in got]
assert names[:4] == ['LOAD_FAST', 'LOAD_CONST', 'BINARY_ADD', 'STORE_DEREF'], names
assert got[0][1:] == ('   ', '  ', 'LOAD_FAST', '0', '(a)'), got[0]
assert got[3][3:] == ('STORE_DEREF', '0', '(x)')
assert ('LOAD_CLOSURE', '0', '(x)') in [row[3:] for row in got]
assert ('LOAD_GLOBAL', '0', '(range)') in [row[3:] for row in got]
assert ('COMPARE_OP', '10', '(exception match)') in [row[3:] for row in got]
setup_loop = [row for row in got if row[3] == 'SETUP_LOOP'][0]
pop_block = [i for i, row in enumerate(got) if row[3] == 'POP_BLOCK'][0]
# SETUP_LOOP's target is the instruction after the loop's POP_BLOCK.
assert setup_loop[5] == pop_block + 1, (setup_loop, pop_block)
jumps = [row for row in got if row[3] == 'POP_JUMP_IF_FALSE']
assert got[jumps[0][4]][2] == '>>'
assert got[-1][3] == 'RETURN_VALUE'
starts = [row[0] for row in got if row[0]]
first = sample.__code__.co_firstlineno
assert [int(s) - first for s in starts] == [1, 2, 4, 5, 6, 7, 8, 9, 10, 11], starts

# findlinestarts and findlabels agree with the listing.
code = sample.__code__
line_starts = list(dis.findlinestarts(code))
assert [l for _, l in line_starts] == [int(s) for s in starts]
labels = dis.findlabels(code.co_code)
rows = listing(sample).splitlines()
marked = [int(r[11:15]) for r in rows if r[8:10] == '>>']
assert sorted(labels) == sorted(marked), (labels, marked)

# The same through a code object, a string, a method, a class.
assert listing(code) == listing(sample)
text = listing("a = b[1]")
assert [r[3:] for r in normalise(text)] == [
    ('LOAD_NAME', '0', '(b)'), ('LOAD_CONST', '0', '(1)'), ('BINARY_SUBSCR', '', ''),
    ('STORE_NAME', '1', '(a)'), ('LOAD_CONST', '1', '(None)'), ('RETURN_VALUE', '', '')]
text = listing("b + 1")           # an expression compiles in eval mode
assert [r[3] for r in normalise(text)] == ['LOAD_NAME', 'LOAD_CONST', 'BINARY_ADD', 'RETURN_VALUE']
class K:
    def m(self):
        return self
    n = 5
text = listing(K)
assert text.startswith('Disassembly of m:\n') and text.endswith('\n\n'), text
assert listing(K().m) == listing(K.m)
try:
    dis.dis(5)
except TypeError as e:
    assert str(e) == "don't know how to disassemble int objects"
else:
    raise AssertionError
# The instruction a traceback stopped at is marked.
try:
    sample(0, d=1, bad=1)
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
text = io.StringIO()
saved = sys.stdout
sys.stdout = text
try:
    dis.distb(tb)
finally:
    sys.stdout = saved
marked = [r for r in text.getvalue().splitlines() if r[4:7] == '-->']
assert len(marked) == 1 and 'BINARY_TRUE_DIVIDE' in marked[0], text.getvalue()
try:
    del sys.last_traceback
except AttributeError:
    pass
try:
    dis.distb()
except RuntimeError as e:
    assert str(e) == 'no last traceback to disassemble'
else:
    raise AssertionError

# code_info and show_code.
info = dis.code_info(sample)
lines = info.splitlines()
assert lines[0] == 'Name:              sample'
assert lines[2:5] == ['Argument count:    2', 'Kw-only arguments: 1', 'Number of locals:  9']
assert lines[5].startswith('Stack size:        ')
assert lines[6] == 'Flags:             OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS'
assert 'Variable names:' in lines and '   0: a' in lines and 'Cell variables:' in lines
at = lines.index('Names:')
assert lines[at + 1:at + 4] == ['   0: range', '   1: items', '   2: KeyError'], lines[at:at + 4]
assert dis.code_info("x = 1").splitlines()[0] == 'Name:              <module>'
assert dis.code_info("x").splitlines()[1] == 'Filename:          <code_info>'
out = io.StringIO()
sys.stdout = out
try:
    dis.show_code(sample)
finally:
    sys.stdout = saved
assert out.getvalue() == info + '\n'
assert dis.pretty_flags(0x2f) == 'OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS, GENERATOR'
assert dis.pretty_flags(0) == '0x0'
assert dis.pretty_flags(0x10000 | 3) == 'OPTIMIZED, NEWLOCALS, 0x10000'
assert dis.COMPILER_FLAG_NAMES[64] == 'NOFREE'
assert dis.disco is dis.disassemble

# opcode: CPython 3.2's numbering.
assert opcode.opmap['LOAD_CONST'] == 100 and opcode.opname[100] == 'LOAD_CONST'
assert opcode.HAVE_ARGUMENT == 90 and opcode.EXTENDED_ARG == 144
assert opcode.hasjrel == [93, 110, 120, 121, 122, 143]
assert opcode.hasjabs == [111, 112, 113, 114, 115, 119]
assert opcode.hasfree == [135, 136, 137, 138] and opcode.haslocal == [124, 125, 126]
assert opcode.hascompare == [107] and opcode.hasconst == [100]
assert opcode.hasname[:11] == [90, 91, 95, 96, 97, 98, 101, 106, 108, 109, 116]
assert opcode.cmp_op[10] == 'exception match' and opcode.opname[8] == '<8>'
assert len(opcode.opname) == 256
for name in ('cmp_op', 'hasconst', 'opname', 'opmap', 'HAVE_ARGUMENT', 'EXTENDED_ARG'):
    assert name in dis.__all__ and name in opcode.__all__

# TAIPAN ONLY: the encoding.  co_code is one little-endian 32-bit word
# per instruction (opcode in the low byte, argument above), offsets and
# jump targets are instruction indexes, and a method call compiles to
# Taipan's LOAD_METHOD/CALL_METHOD.  CPython 3.2 uses 1- and 3-byte
# instructions with byte offsets and LOAD_ATTR/CALL_FUNCTION.
if 'LOAD_METHOD' in opcode.opmap and opcode.opmap['LOAD_METHOD'] == 150 and \
        len(compile("x", "", "eval").co_code) == 8:
    c = compile("x", "", "eval").co_code
    assert (c[0], c[1] | c[2] << 8 | c[3] << 16) == (opcode.opmap['LOAD_NAME'], 0)
    assert c[4] == opcode.opmap['RETURN_VALUE']
    text = listing("a.b(c)")
    assert [r[3:] for r in normalise(text)] == [
        ('LOAD_NAME', '0', '(a)'), ('LOAD_METHOD', '1', '(b)'), ('LOAD_NAME', '2', '(c)'),
        ('CALL_METHOD', '1', ''), ('RETURN_VALUE', '', '')], text
    assert text.splitlines()[1][11:15] == '   1'
    assert len(code.co_code) % 4 == 0
    raw = [r for r in listing(sample).splitlines() if 'SETUP_LOOP' in r][0]
    assert raw.rstrip().endswith('(to %d)' % int(raw[37:].split()[0]))
    assert opcode.INSTRUCTION_SIZE == 4 and opcode.ARG_BITS == 24
    # Arguments wider than 24 bits come with EXTENDED_ARG.
    words = bytes([144, 1, 0, 0, 100, 2, 0, 0])
    out = io.StringIO()
    sys.stdout = out
    try:
        dis.dis(words)
    finally:
        sys.stdout = saved
    assert out.getvalue().splitlines()[1].split()[1:3] == ['LOAD_CONST', str((1 << 24) | 2)], out.getvalue()
