// Package opcode defines Taipan's bytecode: the instructions the compiler
// emits and the evaluator runs.
//
// The instruction set is CPython 3.2's (Include/opcode.h), with the same
// names and the same stack semantics, so that the compiler can follow
// CPython's code generation and tracebacks land on the same lines. The
// encoding is Taipan's own: an instruction is one uint32, the opcode in
// the low 8 bits and the argument in the high 24 bits, so the evaluator
// decodes every instruction with one load, a mask and a shift. An argument
// that does not fit in 24 bits is preceded by EXTENDED_ARG carrying its
// high bits. Jump arguments are instruction indexes (not byte offsets).
//
// The line table of a code object (py.Code.LineTable) is a list of pairs
// (instruction index, line number), by increasing index: an instruction
// belongs to the line of the last pair at or before it.
//
// Taipan may add instructions of its own after the CPython set (numbered
// from 150 on); each says what it replaces.
package opcode

// Opcode is an instruction's operation.
type Opcode uint8

// Instructions, numbered as in CPython 3.2.
const (
	STOP_CODE            Opcode = 0
	POP_TOP              Opcode = 1
	ROT_TWO              Opcode = 2
	ROT_THREE            Opcode = 3
	DUP_TOP              Opcode = 4
	DUP_TOP_TWO          Opcode = 5
	NOP                  Opcode = 9
	UNARY_POSITIVE       Opcode = 10
	UNARY_NEGATIVE       Opcode = 11
	UNARY_NOT            Opcode = 12
	UNARY_INVERT         Opcode = 15
	BINARY_POWER         Opcode = 19
	BINARY_MULTIPLY      Opcode = 20
	BINARY_MODULO        Opcode = 22
	BINARY_ADD           Opcode = 23
	BINARY_SUBTRACT      Opcode = 24
	BINARY_SUBSCR        Opcode = 25
	BINARY_FLOOR_DIVIDE  Opcode = 26
	BINARY_TRUE_DIVIDE   Opcode = 27
	INPLACE_FLOOR_DIVIDE Opcode = 28
	INPLACE_TRUE_DIVIDE  Opcode = 29
	STORE_MAP            Opcode = 54
	INPLACE_ADD          Opcode = 55
	INPLACE_SUBTRACT     Opcode = 56
	INPLACE_MULTIPLY     Opcode = 57
	INPLACE_MODULO       Opcode = 59
	STORE_SUBSCR         Opcode = 60
	DELETE_SUBSCR        Opcode = 61
	BINARY_LSHIFT        Opcode = 62
	BINARY_RSHIFT        Opcode = 63
	BINARY_AND           Opcode = 64
	BINARY_XOR           Opcode = 65
	BINARY_OR            Opcode = 66
	INPLACE_POWER        Opcode = 67
	GET_ITER             Opcode = 68
	STORE_LOCALS         Opcode = 69
	PRINT_EXPR           Opcode = 70
	LOAD_BUILD_CLASS     Opcode = 71
	INPLACE_LSHIFT       Opcode = 75
	INPLACE_RSHIFT       Opcode = 76
	INPLACE_AND          Opcode = 77
	INPLACE_XOR          Opcode = 78
	INPLACE_OR           Opcode = 79
	BREAK_LOOP           Opcode = 80
	WITH_CLEANUP         Opcode = 81
	RETURN_VALUE         Opcode = 83
	IMPORT_STAR          Opcode = 84
	YIELD_VALUE          Opcode = 86
	POP_BLOCK            Opcode = 87
	END_FINALLY          Opcode = 88
	POP_EXCEPT           Opcode = 89
	STORE_NAME           Opcode = 90 // the first opcode with an argument
	DELETE_NAME          Opcode = 91
	UNPACK_SEQUENCE      Opcode = 92
	FOR_ITER             Opcode = 93
	UNPACK_EX            Opcode = 94
	STORE_ATTR           Opcode = 95
	DELETE_ATTR          Opcode = 96
	STORE_GLOBAL         Opcode = 97
	DELETE_GLOBAL        Opcode = 98
	LOAD_CONST           Opcode = 100
	LOAD_NAME            Opcode = 101
	BUILD_TUPLE          Opcode = 102
	BUILD_LIST           Opcode = 103
	BUILD_SET            Opcode = 104
	BUILD_MAP            Opcode = 105
	LOAD_ATTR            Opcode = 106
	COMPARE_OP           Opcode = 107
	IMPORT_NAME          Opcode = 108
	IMPORT_FROM          Opcode = 109
	JUMP_FORWARD         Opcode = 110
	JUMP_IF_FALSE_OR_POP Opcode = 111
	JUMP_IF_TRUE_OR_POP  Opcode = 112
	JUMP_ABSOLUTE        Opcode = 113
	POP_JUMP_IF_FALSE    Opcode = 114
	POP_JUMP_IF_TRUE     Opcode = 115
	LOAD_GLOBAL          Opcode = 116
	CONTINUE_LOOP        Opcode = 119
	SETUP_LOOP           Opcode = 120
	SETUP_EXCEPT         Opcode = 121
	SETUP_FINALLY        Opcode = 122
	LOAD_FAST            Opcode = 124
	STORE_FAST           Opcode = 125
	DELETE_FAST          Opcode = 126
	RAISE_VARARGS        Opcode = 130
	CALL_FUNCTION        Opcode = 131
	MAKE_FUNCTION        Opcode = 132
	BUILD_SLICE          Opcode = 133
	MAKE_CLOSURE         Opcode = 134
	LOAD_CLOSURE         Opcode = 135
	LOAD_DEREF           Opcode = 136
	STORE_DEREF          Opcode = 137
	DELETE_DEREF         Opcode = 138
	CALL_FUNCTION_VAR    Opcode = 140
	CALL_FUNCTION_KW     Opcode = 141
	CALL_FUNCTION_VAR_KW Opcode = 142
	SETUP_WITH           Opcode = 143
	EXTENDED_ARG         Opcode = 144
	LIST_APPEND          Opcode = 145
	SET_ADD              Opcode = 146
	MAP_ADD              Opcode = 147

	// Taipan's own instructions.

	// LOAD_METHOD namei replaces LOAD_ATTR namei when the attribute is
	// called at once (obj.name(args), with no *args or **kwargs): it
	// pushes the function the attribute names and obj when name is a
	// function of obj's type not shadowed by obj's __dict__ (so that no
	// bound method is made), or the attribute and an empty slot. Stack
	// effect +1.
	LOAD_METHOD Opcode = 150
	// CALL_METHOD argc is the CALL_FUNCTION that ends a LOAD_METHOD call:
	// argc as for CALL_FUNCTION (positional count in the low byte,
	// keyword pairs in the next); below the arguments lie the two values
	// LOAD_METHOD pushed. Stack effect -(positional + 2*keywords) - 1.
	CALL_METHOD Opcode = 151
)

// HaveArgument is the first opcode that uses its argument.
const HaveArgument = STORE_NAME

// Comparison kinds, the argument of COMPARE_OP, as in CPython.
const (
	CmpLT = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
	CmpIn
	CmpNotIn
	CmpIs
	CmpIsNot
	CmpExcMatch
)

// ArgBits is the width of an instruction's argument.
const ArgBits = 24

// MaxArg is the largest argument one instruction can carry.
const MaxArg = 1<<ArgBits - 1

// Make encodes an instruction.
func Make(op Opcode, arg int) uint32 { return uint32(op) | uint32(arg)<<8 }

// Decode splits an instruction into its opcode and argument.
func Decode(instr uint32) (Opcode, int) { return Opcode(instr & 0xFF), int(instr >> 8) }

var names = map[Opcode]string{}

func init() {
	for name, op := range map[string]Opcode{
		"STOP_CODE": STOP_CODE, "POP_TOP": POP_TOP, "ROT_TWO": ROT_TWO, "ROT_THREE": ROT_THREE,
		"DUP_TOP": DUP_TOP, "DUP_TOP_TWO": DUP_TOP_TWO, "NOP": NOP, "UNARY_POSITIVE": UNARY_POSITIVE,
		"UNARY_NEGATIVE": UNARY_NEGATIVE, "UNARY_NOT": UNARY_NOT, "UNARY_INVERT": UNARY_INVERT,
		"BINARY_POWER": BINARY_POWER, "BINARY_MULTIPLY": BINARY_MULTIPLY, "BINARY_MODULO": BINARY_MODULO,
		"BINARY_ADD": BINARY_ADD, "BINARY_SUBTRACT": BINARY_SUBTRACT, "BINARY_SUBSCR": BINARY_SUBSCR,
		"BINARY_FLOOR_DIVIDE": BINARY_FLOOR_DIVIDE, "BINARY_TRUE_DIVIDE": BINARY_TRUE_DIVIDE,
		"INPLACE_FLOOR_DIVIDE": INPLACE_FLOOR_DIVIDE, "INPLACE_TRUE_DIVIDE": INPLACE_TRUE_DIVIDE,
		"STORE_MAP": STORE_MAP, "INPLACE_ADD": INPLACE_ADD, "INPLACE_SUBTRACT": INPLACE_SUBTRACT,
		"INPLACE_MULTIPLY": INPLACE_MULTIPLY, "INPLACE_MODULO": INPLACE_MODULO, "STORE_SUBSCR": STORE_SUBSCR,
		"DELETE_SUBSCR": DELETE_SUBSCR, "BINARY_LSHIFT": BINARY_LSHIFT, "BINARY_RSHIFT": BINARY_RSHIFT,
		"BINARY_AND": BINARY_AND, "BINARY_XOR": BINARY_XOR, "BINARY_OR": BINARY_OR,
		"INPLACE_POWER": INPLACE_POWER, "GET_ITER": GET_ITER, "STORE_LOCALS": STORE_LOCALS,
		"PRINT_EXPR": PRINT_EXPR, "LOAD_BUILD_CLASS": LOAD_BUILD_CLASS, "INPLACE_LSHIFT": INPLACE_LSHIFT,
		"INPLACE_RSHIFT": INPLACE_RSHIFT, "INPLACE_AND": INPLACE_AND, "INPLACE_XOR": INPLACE_XOR,
		"INPLACE_OR": INPLACE_OR, "BREAK_LOOP": BREAK_LOOP, "WITH_CLEANUP": WITH_CLEANUP,
		"RETURN_VALUE": RETURN_VALUE, "IMPORT_STAR": IMPORT_STAR, "YIELD_VALUE": YIELD_VALUE,
		"POP_BLOCK": POP_BLOCK, "END_FINALLY": END_FINALLY, "POP_EXCEPT": POP_EXCEPT,
		"STORE_NAME": STORE_NAME, "DELETE_NAME": DELETE_NAME, "UNPACK_SEQUENCE": UNPACK_SEQUENCE,
		"FOR_ITER": FOR_ITER, "UNPACK_EX": UNPACK_EX, "STORE_ATTR": STORE_ATTR, "DELETE_ATTR": DELETE_ATTR,
		"STORE_GLOBAL": STORE_GLOBAL, "DELETE_GLOBAL": DELETE_GLOBAL, "LOAD_CONST": LOAD_CONST,
		"LOAD_NAME": LOAD_NAME, "BUILD_TUPLE": BUILD_TUPLE, "BUILD_LIST": BUILD_LIST, "BUILD_SET": BUILD_SET,
		"BUILD_MAP": BUILD_MAP, "LOAD_ATTR": LOAD_ATTR, "COMPARE_OP": COMPARE_OP, "IMPORT_NAME": IMPORT_NAME,
		"IMPORT_FROM": IMPORT_FROM, "JUMP_FORWARD": JUMP_FORWARD, "JUMP_IF_FALSE_OR_POP": JUMP_IF_FALSE_OR_POP,
		"JUMP_IF_TRUE_OR_POP": JUMP_IF_TRUE_OR_POP, "JUMP_ABSOLUTE": JUMP_ABSOLUTE,
		"POP_JUMP_IF_FALSE": POP_JUMP_IF_FALSE, "POP_JUMP_IF_TRUE": POP_JUMP_IF_TRUE,
		"LOAD_GLOBAL": LOAD_GLOBAL, "CONTINUE_LOOP": CONTINUE_LOOP, "SETUP_LOOP": SETUP_LOOP,
		"SETUP_EXCEPT": SETUP_EXCEPT, "SETUP_FINALLY": SETUP_FINALLY, "LOAD_FAST": LOAD_FAST,
		"STORE_FAST": STORE_FAST, "DELETE_FAST": DELETE_FAST, "RAISE_VARARGS": RAISE_VARARGS,
		"CALL_FUNCTION": CALL_FUNCTION, "MAKE_FUNCTION": MAKE_FUNCTION, "BUILD_SLICE": BUILD_SLICE,
		"MAKE_CLOSURE": MAKE_CLOSURE, "LOAD_CLOSURE": LOAD_CLOSURE, "LOAD_DEREF": LOAD_DEREF,
		"STORE_DEREF": STORE_DEREF, "DELETE_DEREF": DELETE_DEREF, "CALL_FUNCTION_VAR": CALL_FUNCTION_VAR,
		"CALL_FUNCTION_KW": CALL_FUNCTION_KW, "CALL_FUNCTION_VAR_KW": CALL_FUNCTION_VAR_KW,
		"SETUP_WITH": SETUP_WITH, "EXTENDED_ARG": EXTENDED_ARG, "LIST_APPEND": LIST_APPEND,
		"SET_ADD": SET_ADD, "MAP_ADD": MAP_ADD,
		"LOAD_METHOD": LOAD_METHOD, "CALL_METHOD": CALL_METHOD,
	} {
		names[op] = name
		known[op] = true
	}
}

// known records the opcodes of the instruction set (for Valid).
var known [256]bool

// Valid reports whether op is an instruction of the set (a table lookup,
// for checking code read from outside, such as bytecode caches).
func (op Opcode) Valid() bool { return known[op] }

// String returns the opcode's name.
func (op Opcode) String() string {
	if n, ok := names[op]; ok {
		return n
	}
	return "<" + string(rune('0'+op/100)) + string(rune('0'+op/10%10)) + string(rune('0'+op%10)) + ">"
}
