package compiler

import (
	"fmt"
	"sort"
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// Disassemble lists co's instructions as CPython 3.2's dis.dis prints
// them, with instruction indexes where dis shows byte offsets: the line
// number where a line starts, ">>" at jump targets, the index, the
// opcode, its argument and what the argument stands for. The code
// objects among its constants follow, each under a heading.
func Disassemble(co *py.Code) string {
	var b strings.Builder
	disassemble(&b, co)
	return b.String()
}

func disassemble(b *strings.Builder, co *py.Code) {
	labels := map[int]bool{}
	ext := 0
	for _, w := range co.Code {
		op, arg := opcode.Decode(w)
		if op == opcode.EXTENDED_ARG {
			ext = arg << opcode.ArgBits
			continue
		}
		if IsJump(op) {
			labels[arg|ext] = true
		}
		ext = 0
	}
	starts := map[int]int{}
	last := -1
	for i := 0; i+1 < len(co.LineTable); i += 2 {
		if line := int(co.LineTable[i+1]); line != last {
			starts[int(co.LineTable[i])] = line
			last = line
		}
	}
	ext = 0
	for i, w := range co.Code {
		op, arg := opcode.Decode(w)
		if line, ok := starts[i]; ok {
			if i > 0 {
				b.WriteByte('\n')
			}
			fmt.Fprintf(b, "%3d", line)
		} else {
			b.WriteString("   ")
		}
		b.WriteString("     ")
		if labels[i] {
			b.WriteString(">>")
		} else {
			b.WriteString("  ")
		}
		fmt.Fprintf(b, " %4d %-20s", i, op)
		if op >= opcode.HaveArgument {
			arg |= ext
			ext = 0
			if op == opcode.EXTENDED_ARG {
				ext = arg << opcode.ArgBits
			}
			fmt.Fprintf(b, " %5d", arg)
			if s := argInfo(co, op, arg); s != "" {
				b.WriteString(" (" + s + ")")
			}
		}
		b.WriteString("\n")
	}
	for _, c := range co.Consts {
		if sub, ok := c.(*py.Code); ok {
			fmt.Fprintf(b, "\nDisassembly of %s:\n", constRepr(sub, false))
			disassemble(b, sub)
		}
	}
}

// argInfo says what an instruction's argument stands for.
func argInfo(co *py.Code, op opcode.Opcode, arg int) string {
	name := func(s []*py.Str, i int) string {
		if i < len(s) {
			return s[i].String()
		}
		return "?"
	}
	switch op {
	case opcode.LOAD_CONST:
		if arg < len(co.Consts) {
			return constRepr(co.Consts[arg], false)
		}
	case opcode.STORE_NAME, opcode.DELETE_NAME, opcode.STORE_ATTR, opcode.DELETE_ATTR, opcode.STORE_GLOBAL,
		opcode.DELETE_GLOBAL, opcode.LOAD_NAME, opcode.LOAD_ATTR, opcode.IMPORT_NAME, opcode.IMPORT_FROM,
		opcode.LOAD_GLOBAL, opcode.LOAD_METHOD:
		return name(co.Names, arg)
	case opcode.LOAD_FAST, opcode.STORE_FAST, opcode.DELETE_FAST:
		return name(co.VarNames, arg)
	case opcode.LOAD_CLOSURE, opcode.LOAD_DEREF, opcode.STORE_DEREF, opcode.DELETE_DEREF:
		return name(append(append([]*py.Str(nil), co.CellVars...), co.FreeVars...), arg)
	case opcode.COMPARE_OP:
		if arg < len(compareNames) {
			return compareNames[arg]
		}
	}
	if isRelativeJump(op) {
		// As dis does, only for the jumps that are relative in CPython.
		return fmt.Sprintf("to %d", arg)
	}
	return ""
}

var compareNames = []string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not", "exception match", "BAD"}

// IsJump reports whether op's argument is the index of an instruction:
// in Taipan's encoding every jump's is, absolute.
func IsJump(op opcode.Opcode) bool { return isAbsoluteJump(op) || isRelativeJump(op) }

// constRepr prints a constant as repr() does, without running Python
// code. A code object prints as dis prints it, without its address, or
// as "<code NAME line N>" when short; a frozenset's items are sorted by
// their printed forms, so that the output is stable.
func constRepr(o py.Object, short bool) string {
	switch v := o.(type) {
	case *py.NoneObject:
		return "None"
	case *py.EllipsisObject:
		return "Ellipsis"
	case *py.Int:
		if v == py.True {
			return "True"
		}
		if v == py.False {
			return "False"
		}
		if n, ok := v.Int64(); ok {
			return pystr.ReprInt(n)
		}
		return pystr.ReprBigInt(v.Big())
	case *py.Float:
		return pystr.ReprFloat(v.Float64())
	case *py.Complex:
		return pystr.ReprComplex(v.Complex128())
	case *py.Str:
		return pystr.ReprStr(v.String())
	case *py.Bytes:
		return pystr.ReprBytes(v.String())
	case *py.Tuple:
		items := make([]string, len(v.Items))
		for i, item := range v.Items {
			items[i] = constRepr(item, short)
		}
		if len(items) == 1 {
			return "(" + items[0] + ",)"
		}
		return "(" + strings.Join(items, ", ") + ")"
	case *py.Code:
		if short {
			return fmt.Sprintf("<code %s line %d>", v.Name, v.FirstLineNo)
		}
		return fmt.Sprintf("<code object %s, file %q, line %d>", v.Name, v.Filename, v.FirstLineNo)
	}
	if items, ok := frozenSetItems(o); ok {
		reprs := make([]string, len(items))
		for i, item := range items {
			reprs[i] = constRepr(item, short)
		}
		sort.Strings(reprs)
		return "frozenset({" + strings.Join(reprs, ", ") + "})"
	}
	return "<" + o.Type().Name + " object>"
}

func strTupleRepr(s []*py.Str) string {
	items := make([]string, len(s))
	for i, x := range s {
		items[i] = pystr.ReprStr(x.String())
	}
	if len(items) == 1 {
		return "(" + items[0] + ",)"
	}
	return "(" + strings.Join(items, ", ") + ")"
}
