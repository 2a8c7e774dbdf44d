"""The instruction set of Taipan's bytecode, as dis and other tools need
it: opname and opmap, the groups of opcodes whose argument means one
thing (hasconst, hasname, hasjrel, hasjabs, haslocal, hascompare,
hasfree), cmp_op, HAVE_ARGUMENT and EXTENDED_ARG.

The opcodes and their numbers are CPython 3.2's, plus Taipan's two
(LOAD_METHOD 150, CALL_METHOD 151).  The encoding is not: an instruction
is one 32-bit little-endian word of co_code, the opcode in the low 8 bits
and the argument in the high 24 (ARG_BITS), EXTENDED_ARG supplying the
argument's bits above those.  Every instruction has an argument slot;
opcodes below HAVE_ARGUMENT ignore it.  Jump arguments are instruction
indexes, and every jump is absolute: the opcodes in hasjrel (relative in
CPython) also name their target directly.  Offsets in co_lnotab are
instruction indexes too.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=', 'in', 'not in', 'is',
          'is not', 'exception match', 'BAD')

hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []

opmap = {}
opname = ['<%r>' % (op,) for op in range(256)]

# Taipan's encoding (see the module's docstring).
INSTRUCTION_SIZE = 4
ARG_BITS = 24


def _op(name, number, *groups):
    opname[number] = name
    opmap[name] = number
    for group in groups:
        group.append(number)


_op('STOP_CODE', 0)
_op('POP_TOP', 1)
_op('ROT_TWO', 2)
_op('ROT_THREE', 3)
_op('DUP_TOP', 4)
_op('DUP_TOP_TWO', 5)
_op('NOP', 9)
_op('UNARY_POSITIVE', 10)
_op('UNARY_NEGATIVE', 11)
_op('UNARY_NOT', 12)
_op('UNARY_INVERT', 15)
_op('BINARY_POWER', 19)
_op('BINARY_MULTIPLY', 20)
_op('BINARY_MODULO', 22)
_op('BINARY_ADD', 23)
_op('BINARY_SUBTRACT', 24)
_op('BINARY_SUBSCR', 25)
_op('BINARY_FLOOR_DIVIDE', 26)
_op('BINARY_TRUE_DIVIDE', 27)
_op('INPLACE_FLOOR_DIVIDE', 28)
_op('INPLACE_TRUE_DIVIDE', 29)
_op('STORE_MAP', 54)
_op('INPLACE_ADD', 55)
_op('INPLACE_SUBTRACT', 56)
_op('INPLACE_MULTIPLY', 57)
_op('INPLACE_MODULO', 59)
_op('STORE_SUBSCR', 60)
_op('DELETE_SUBSCR', 61)
_op('BINARY_LSHIFT', 62)
_op('BINARY_RSHIFT', 63)
_op('BINARY_AND', 64)
_op('BINARY_XOR', 65)
_op('BINARY_OR', 66)
_op('INPLACE_POWER', 67)
_op('GET_ITER', 68)
_op('STORE_LOCALS', 69)
_op('PRINT_EXPR', 70)
_op('LOAD_BUILD_CLASS', 71)
_op('INPLACE_LSHIFT', 75)
_op('INPLACE_RSHIFT', 76)
_op('INPLACE_AND', 77)
_op('INPLACE_XOR', 78)
_op('INPLACE_OR', 79)
_op('BREAK_LOOP', 80)
_op('WITH_CLEANUP', 81)
_op('RETURN_VALUE', 83)
_op('IMPORT_STAR', 84)
_op('YIELD_VALUE', 86)
_op('POP_BLOCK', 87)
_op('END_FINALLY', 88)
_op('POP_EXCEPT', 89)

HAVE_ARGUMENT = 90  # opcodes from here on use their argument

_op('STORE_NAME', 90, hasname)
_op('DELETE_NAME', 91, hasname)
_op('UNPACK_SEQUENCE', 92)
_op('FOR_ITER', 93, hasjrel)
_op('UNPACK_EX', 94)
_op('STORE_ATTR', 95, hasname)
_op('DELETE_ATTR', 96, hasname)
_op('STORE_GLOBAL', 97, hasname)
_op('DELETE_GLOBAL', 98, hasname)
_op('LOAD_CONST', 100, hasconst)
_op('LOAD_NAME', 101, hasname)
_op('BUILD_TUPLE', 102)
_op('BUILD_LIST', 103)
_op('BUILD_SET', 104)
_op('BUILD_MAP', 105)
_op('LOAD_ATTR', 106, hasname)
_op('COMPARE_OP', 107, hascompare)
_op('IMPORT_NAME', 108, hasname)
_op('IMPORT_FROM', 109, hasname)
_op('JUMP_FORWARD', 110, hasjrel)
_op('JUMP_IF_FALSE_OR_POP', 111, hasjabs)
_op('JUMP_IF_TRUE_OR_POP', 112, hasjabs)
_op('JUMP_ABSOLUTE', 113, hasjabs)
_op('POP_JUMP_IF_FALSE', 114, hasjabs)
_op('POP_JUMP_IF_TRUE', 115, hasjabs)
_op('LOAD_GLOBAL', 116, hasname)
_op('CONTINUE_LOOP', 119, hasjabs)
_op('SETUP_LOOP', 120, hasjrel)
_op('SETUP_EXCEPT', 121, hasjrel)
_op('SETUP_FINALLY', 122, hasjrel)
_op('LOAD_FAST', 124, haslocal)
_op('STORE_FAST', 125, haslocal)
_op('DELETE_FAST', 126, haslocal)
_op('RAISE_VARARGS', 130)
_op('CALL_FUNCTION', 131)
_op('MAKE_FUNCTION', 132)
_op('BUILD_SLICE', 133)
_op('MAKE_CLOSURE', 134)
_op('LOAD_CLOSURE', 135, hasfree)
_op('LOAD_DEREF', 136, hasfree)
_op('STORE_DEREF', 137, hasfree)
_op('DELETE_DEREF', 138, hasfree)
_op('CALL_FUNCTION_VAR', 140)
_op('CALL_FUNCTION_KW', 141)
_op('CALL_FUNCTION_VAR_KW', 142)
_op('SETUP_WITH', 143, hasjrel)
_op('EXTENDED_ARG', 144)
EXTENDED_ARG = 144
_op('LIST_APPEND', 145)
_op('SET_ADD', 146)
_op('MAP_ADD', 147)

# Taipan's own: obj.name(...) without * or ** loads the method and its
# object (LOAD_METHOD namei) and calls them (CALL_METHOD argc), making no
# bound method.
_op('LOAD_METHOD', 150, hasname)
_op('CALL_METHOD', 151)

del _op
