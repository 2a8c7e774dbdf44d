package marshal

import (
	"encoding/binary"

	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// Taipan's code objects, type code 'C'. After the type code:
//
//	argcount, kwonlyargcount, nlocals, stacksize, flags   5 × 32-bit
//	instructions      bytes: each uint32 instruction, little-endian
//	consts            tuple
//	names             tuple of str
//	varnames          tuple of str
//	freevars          tuple of str
//	cellvars          tuple of str
//	filename          str
//	name              str
//	firstlineno       32-bit
//	line table        bytes: (instruction index, line) int32 pairs, little-endian
//
// Everything inside is ordinary marshal data, so a reader that does not
// know 'C' still sees where each part ends. The loader checks the parts
// fit together (every operand that indexes a table is in range, every
// jump lands inside the code), so that loading damaged data raises
// ValueError instead of producing code that would crash the evaluator.

func (w *writer) code(co *py.Code) {
	w.byte(typeTaipanCode)
	for _, x := range []int{co.ArgCount, co.KwOnlyArgCount, co.NLocals, co.StackSize, co.Flags} {
		w.long(int32(x))
	}
	w.byte(typeString)
	if !w.size(4 * len(co.Code)) {
		return
	}
	for _, ins := range co.Code {
		w.buf = binary.LittleEndian.AppendUint32(w.buf, ins)
	}
	w.byte(typeTuple)
	w.items(co.Consts)
	for _, names := range [][]*py.Str{co.Names, co.VarNames, co.FreeVars, co.CellVars} {
		w.byte(typeTuple)
		if !w.size(len(names)) {
			return
		}
		for _, s := range names {
			w.object(s)
		}
	}
	w.bytes(typeUnicode, co.Filename)
	w.bytes(typeUnicode, co.Name)
	w.long(int32(co.FirstLineNo))
	w.byte(typeString)
	if !w.size(4 * len(co.LineTable)) {
		return
	}
	for _, x := range co.LineTable {
		w.buf = binary.LittleEndian.AppendUint32(w.buf, uint32(x))
	}
}

// cpythonCode reads a code object in CPython 3.2's layout, as 3.2 reads
// it (so truncated data fails the same way), and refuses it: its
// instructions are not Taipan's. It stands in None for the code and
// records the refusal, which top reports once the whole value has been
// read without another error.
func (r *reader) cpythonCode() (py.Object, error) {
	for i := 0; i < 5; i++ {
		if _, err := r.long(); err != nil {
			return nil, err
		}
	}
	for i := 0; i < 8; i++ {
		v, err := r.object()
		if err != nil || v == nil {
			return nil, err
		}
	}
	// 3.2 does not check the line number's read: at the end of the
	// data, reading the line table that follows fails instead.
	if _, err := r.long(); err != nil {
		if e, ok := err.(*py.BaseException); !ok || e.Type() != py.EOFError {
			return nil, err
		}
		r.pos = len(r.data)
	}
	v, err := r.object()
	if err != nil || v == nil {
		return nil, err
	}
	r.foreignCode = true
	return py.None, nil
}

func badCode() error { return badData("invalid code object") }

// code reads a code object written by writer.code.
func (r *reader) code() (py.Object, error) {
	var hdr [5]int32
	for i := range hdr {
		x, err := r.long()
		if err != nil {
			return nil, err
		}
		hdr[i] = x
	}
	objs := make([]py.Object, 8)
	for i := range objs {
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, py.Errorf(py.TypeError, "NULL object in marshal data for object")
		}
		objs[i] = v
	}
	firstLine, err := r.long()
	if err != nil {
		return nil, err
	}
	lt, err := r.object()
	if err != nil {
		return nil, err
	}
	if lt == nil {
		return nil, py.Errorf(py.TypeError, "NULL object in marshal data for object")
	}

	co := &py.Code{
		ArgCount:       int(hdr[0]),
		KwOnlyArgCount: int(hdr[1]),
		NLocals:        int(hdr[2]),
		StackSize:      int(hdr[3]),
		Flags:          int(hdr[4]),
		FirstLineNo:    int(firstLine),
	}
	instrs, ok := objs[0].(*py.Bytes)
	if !ok || len(instrs.String())%4 != 0 {
		return nil, badCode()
	}
	s := instrs.String()
	co.Code = make([]uint32, len(s)/4)
	for i := range co.Code {
		co.Code[i] = binary.LittleEndian.Uint32([]byte(s[4*i : 4*i+4]))
	}
	consts, ok := objs[1].(*py.Tuple)
	if !ok {
		return nil, badCode()
	}
	co.Consts = append([]py.Object(nil), consts.Items...)
	for i, dst := range []*[]*py.Str{&co.Names, &co.VarNames, &co.FreeVars, &co.CellVars} {
		t, ok := objs[2+i].(*py.Tuple)
		if !ok {
			return nil, badCode()
		}
		names := make([]*py.Str, len(t.Items))
		for j, it := range t.Items {
			s, ok := it.(*py.Str)
			if !ok {
				return nil, badCode()
			}
			names[j] = py.InternStr(s.String())
		}
		*dst = names
	}
	filename, ok1 := objs[6].(*py.Str)
	name, ok2 := objs[7].(*py.Str)
	ltb, ok3 := lt.(*py.Bytes)
	if !ok1 || !ok2 || !ok3 || len(ltb.String())%8 != 0 {
		return nil, badCode()
	}
	co.Filename, co.Name = filename.String(), name.String()
	ls := ltb.String()
	co.LineTable = make([]int32, len(ls)/4)
	for i := range co.LineTable {
		co.LineTable[i] = int32(binary.LittleEndian.Uint32([]byte(ls[4*i : 4*i+4])))
	}
	if !validCode(co) {
		return nil, badCode()
	}
	return co, nil
}

// The largest frame a loaded code object may ask for: far beyond what
// the compiler makes, small enough that a forged header cannot make a
// call allocate gigabytes.
const maxFrameSlots = 1 << 20

// validCode reports whether the parts of a loaded code object fit
// together, so that the evaluator can run it without indexing outside
// its tables.
func validCode(co *py.Code) bool {
	if co.ArgCount < 0 || co.KwOnlyArgCount < 0 || co.NLocals < 0 || co.StackSize < 0 ||
		co.NLocals > len(co.VarNames) || co.StackSize > maxFrameSlots || len(co.VarNames) > maxFrameSlots {
		return false
	}
	nargs := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&py.CoVarargs != 0 {
		nargs++
	}
	if co.Flags&py.CoVarkwargs != 0 {
		nargs++
	}
	if nargs > len(co.VarNames) {
		return false
	}
	n := len(co.Code)
	for i := 0; i+1 < len(co.LineTable); i += 2 {
		if co.LineTable[i] < 0 || int(co.LineTable[i]) > n || i > 0 && co.LineTable[i] < co.LineTable[i-2] {
			return false
		}
	}
	if n == 0 {
		return false
	}
	ext := 0
	cells := len(co.CellVars) + len(co.FreeVars)
	for i, ins := range co.Code {
		op, a := opcode.Decode(ins)
		arg := ext<<opcode.ArgBits | a
		ext = 0
		if !op.Valid() {
			return false
		}
		if op < opcode.HaveArgument {
			continue
		}
		if op == opcode.EXTENDED_ARG {
			if a > 0x7F || i+1 == n {
				return false
			}
			ext = a
			continue
		}
		var limit int
		switch op {
		case opcode.LOAD_CONST:
			limit = len(co.Consts)
		case opcode.LOAD_NAME, opcode.STORE_NAME, opcode.DELETE_NAME, opcode.LOAD_ATTR, opcode.STORE_ATTR,
			opcode.DELETE_ATTR, opcode.LOAD_GLOBAL, opcode.STORE_GLOBAL, opcode.DELETE_GLOBAL,
			opcode.IMPORT_NAME, opcode.IMPORT_FROM, opcode.LOAD_METHOD:
			limit = len(co.Names)
		case opcode.LOAD_FAST, opcode.STORE_FAST, opcode.DELETE_FAST:
			limit = len(co.VarNames)
		case opcode.LOAD_CLOSURE, opcode.LOAD_DEREF, opcode.STORE_DEREF, opcode.DELETE_DEREF:
			limit = cells
		case opcode.JUMP_FORWARD, opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP,
			opcode.JUMP_ABSOLUTE, opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE,
			opcode.CONTINUE_LOOP, opcode.SETUP_LOOP, opcode.SETUP_EXCEPT, opcode.SETUP_FINALLY,
			opcode.SETUP_WITH, opcode.FOR_ITER:
			limit = n
		case opcode.COMPARE_OP:
			limit = opcode.CmpExcMatch + 1
		default:
			continue
		}
		if arg >= limit {
			return false
		}
	}
	return true
}
