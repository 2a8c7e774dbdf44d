package py

import (
	"bufio"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/internal/pystr"
)

// TestNumOracle replays testdata/num_oracle.txt: number operations and
// the results CPython 3.2 gave for them (see num_oracle_gen.py), each
// operation run through Taipan's slots, constructors and methods.
func TestNumOracle(t *testing.T) {
	f, err := os.Open("testdata/num_oracle.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	th := testThread()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	line, failures := 0, 0
	// NUMORACLE_SKIP lists operations to leave out while debugging.
	skip := map[string]bool{}
	for _, op := range strings.Fields(os.Getenv("NUMORACLE_SKIP")) {
		skip[op] = true
	}
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		op, want := fields[0], fields[len(fields)-1]
		if skip[op] {
			continue
		}
		args := make([]Object, len(fields)-2)
		for i, s := range fields[1 : len(fields)-1] {
			args[i] = parseOracleOperand(t, s)
		}
		r, err := numOracleRun(th, op, args)
		got := numOracleResult(th, r, err)
		if got != want {
			failures++
			if failures <= 60 {
				t.Errorf("line %d: %s %s\n got  %s\n want %s", line, op, strings.Join(fields[1:len(fields)-1], " "), got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if failures > 0 {
		t.Errorf("%d of %d lines differ", failures, line)
	}
}

// numOracleResult writes a result as the generator does.
func numOracleResult(t *Thread, r Object, err error) string {
	if err != nil {
		e, ok := err.(*BaseException)
		if !ok {
			return "!go error: " + err.Error()
		}
		msg, err := StrOf(t, e)
		if err != nil {
			return "!str failed: " + err.Error()
		}
		return "!" + e.Type().Name + ": " + msg.s
	}
	if r.Type() == BoolType {
		return "=" + oracleRepr(r)
	}
	return r.Type().Name + " " + oracleRepr(r)
}

// oracleRepr is repr for the values the oracle shows, without depending
// on the other types' slots.
func oracleRepr(o Object) string {
	switch v := o.(type) {
	case *Int:
		if v.Type() == BoolType {
			if v == True {
				return "True"
			}
			return "False"
		}
		return v.String()
	case *Float:
		return pystr.ReprFloat(v.v)
	case *Complex:
		return pystr.ReprComplex(v.v)
	case *Str:
		return pystr.ReprStr(v.s)
	case *Bytes:
		return pystr.ReprBytes(v.s)
	case *Tuple:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			parts[i] = oracleRepr(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *NoneObject:
		return "None"
	}
	return fmt.Sprintf("<%s>", o.Type().Name)
}

// parseOracleOperand reads the repr of an operand.
func parseOracleOperand(t *testing.T, s string) Object {
	switch s {
	case "None":
		return None
	case "True":
		return True
	case "False":
		return False
	case "[]":
		return NewList()
	}
	switch {
	case strings.HasPrefix(s, "b'") || strings.HasPrefix(s, "b\""):
		return NewBytes(unquoteOracle(t, s[1:], true))
	case s[0] == '\'' || s[0] == '"':
		return NewStr(unquoteOracle(t, s, false))
	case strings.HasSuffix(s, "j") || strings.HasSuffix(s, "j)"):
		c, err := ComplexFromString(s)
		if err != nil {
			t.Fatalf("bad complex operand %s", s)
		}
		return NewComplex(c)
	case strings.ContainsAny(s, ".en"):
		v, err := strconv.ParseFloat(s, 64)
		if err != nil && !strings.Contains(s, "inf") && !strings.Contains(s, "nan") {
			t.Fatalf("bad float operand %s", s)
		}
		if s == "nan" {
			v = math.NaN()
		}
		return NewFloat(v)
	}
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad operand %q", s)
	}
	return NewBigInt(b)
}

// unquoteOracle decodes a Python str or bytes repr (quotes included).
func unquoteOracle(t *testing.T, s string, isBytes bool) string {
	s = s[1 : len(s)-1]
	var b []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case 'r':
			b = append(b, '\r')
		case '\\', '\'', '"':
			b = append(b, s[i])
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[s[i]]
			v, err := strconv.ParseUint(s[i+1:i+1+n], 16, 32)
			if err != nil {
				t.Fatalf("bad escape in %q", s)
			}
			if isBytes {
				b = append(b, byte(v))
			} else {
				b = pystr.AppendRune(b, rune(v))
			}
			i += n
		default:
			t.Fatalf("bad escape in %q", s)
		}
	}
	return string(b)
}

// numOracleRun performs one operation of the oracle file.
func numOracleRun(t *Thread, op string, args []Object) (Object, error) {
	a := args[0]
	var b Object
	if len(args) > 1 {
		b = args[1]
	}
	binary := map[string]binarySlot{
		"+": SlotAdd, "-": SlotSub, "*": SlotMul, "/": SlotTrueDiv, "//": SlotFloorDiv,
		"%": SlotMod, "divmod": SlotDivmod, "<<": SlotLShift, ">>": SlotRShift,
		"&": SlotAnd, "|": SlotOr, "^": SlotXor,
	}
	compare := map[string]CompareOp{"<": LT, "<=": LE, "==": EQ, "!=": NE, ">": GT, ">=": GE}
	unary := map[string]func(*Type) UnaryFunc{
		"neg":    func(t *Type) UnaryFunc { return t.Neg },
		"pos":    func(t *Type) UnaryFunc { return t.Pos },
		"abs":    func(t *Type) UnaryFunc { return t.Abs },
		"invert": func(t *Type) UnaryFunc { return t.Invert },
	}
	unaryName := map[string]string{"neg": "unary -", "pos": "unary +", "abs": "abs()", "invert": "unary ~"}
	if op == "%" {
		if _, ok := a.(*Str); ok {
			return oraclePercent(t, a.(*Str).s, b)
		}
	}
	if sel, ok := binary[op]; ok {
		symbol := op
		if op == "divmod" {
			symbol = "divmod()"
		}
		return BinaryOp(t, a, b, sel, symbol)
	}
	if cop, ok := compare[op]; ok {
		return RichCompare(t, a, b, cop)
	}
	if sel, ok := unary[op]; ok {
		f := sel(a.Type())
		if f == nil {
			return nil, Errorf(TypeError, "bad operand type for %s: '%s'", unaryName[op], a.Type().Name)
		}
		return f(t, a)
	}
	switch op {
	case "**":
		return oraclePow(t, a, b, None)
	case "pow":
		return oraclePow(t, a, b, args[2])
	case "bool":
		v, err := IsTrue(t, a)
		if err != nil {
			return nil, err
		}
		return NewBool(v), nil
	case "hash":
		h, err := Hash(t, a)
		if err != nil {
			return nil, err
		}
		return NewInt(h), nil
	case "repr":
		return Repr(t, a)
	case "str":
		return StrOf(t, a)
	case "int":
		return intNew(t, IntType, args, nil)
	case "float":
		return floatNew(t, FloatType, args, nil)
	case "complex":
		return complexNew(t, ComplexType, args, nil)
	case "round":
		m := lookupNumMethod(a.Type(), "__round__")
		if m == nil {
			return nil, Errorf(TypeError, "type %s doesn't define __round__ method", a.Type().Name)
		}
		if len(args) == 1 {
			return m(t, a, nil, nil)
		}
		return m(t, a, args[1:], nil)
	case "format":
		m := lookupNumMethod(a.Type(), "__format__")
		return m(t, a, args[1:], nil)
	case "to_bytes", "conjugate", "bit_length", "hex", "is_integer", "as_integer_ratio":
		return lookupNumMethod(a.Type(), op)(t, a, args[1:], nil)
	case "trunc":
		return lookupNumMethod(a.Type(), "__trunc__")(t, a, nil, nil)
	case "to_bytes_signed":
		return lookupNumMethod(a.Type(), "to_bytes")(t, a, append(args[1:], True), NewTuple(NewStr("signed")))
	case "from_bytes":
		return intFromBytes(t, IntType, args, nil)
	case "from_bytes_signed":
		return intFromBytes(t, IntType, append(args, True), NewTuple(NewStr("signed")))
	case "fromhex":
		return floatFromHexMethod(t, FloatType, args, nil)
	case "real", "imag", "numerator", "denominator":
		return lookupNumGetSet(a.Type(), op)(t, a)
	}
	panic("unknown oracle op " + op)
}

func lookupNumMethod(typ *Type, name string) MethodFunc {
	for ; typ != nil; typ = typ.Base {
		for _, m := range membersOf(typ).methods {
			if m.Name == name {
				return m.Fn
			}
		}
	}
	return nil
}

func lookupNumGetSet(typ *Type, name string) func(*Thread, Object) (Object, error) {
	for ; typ != nil; typ = typ.Base {
		for _, g := range membersOf(typ).getsets {
			if g.Name == name {
				return g.Get
			}
		}
	}
	panic("no getset " + name)
}

// oraclePow is the ternary dispatch of pow(a, b, c).
func oraclePow(t *Thread, a, b, c Object) (Object, error) {
	ta, tb := a.Type(), b.Type()
	slota := ta.Pow
	var slotb TernaryFunc
	if tb != ta {
		slotb = tb.Pow
	}
	if slota != nil {
		if slotb != nil && tb.IsSubtype(ta) {
			r, err := slotb(t, a, b, c)
			if err != nil || r != NotImplemented {
				return r, err
			}
			slotb = nil
		}
		r, err := slota(t, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotb != nil {
		r, err := slotb(t, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if c == None {
		return nil, Errorf(TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
	}
	if tc := c.Type(); tc.Pow != nil && tc != ta && tc != tb {
		r, err := tc.Pow(t, a, b, c)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for pow(): '%s', '%s', '%s'", ta.Name, tb.Name, c.Type().Name)
}

// oraclePercent applies one numeric conversion "%[flags][width][.prec]c"
// (with an optional trailing '|') through FormatPercentNumber.
func oraclePercent(t *Thread, spec string, v Object) (Object, error) {
	tail := ""
	if strings.HasSuffix(spec, "|") {
		spec, tail = spec[:len(spec)-1], "|"
	}
	var flags PercentFlags
	p := 1
	for ; strings.IndexByte("-+ #0", spec[p]) >= 0; p++ {
		flags |= map[byte]PercentFlags{'-': PercentLeft, '+': PercentSign, ' ': PercentBlank, '#': PercentAlt, '0': PercentZero}[spec[p]]
	}
	width, prec := 0, -1
	for ; spec[p] >= '0' && spec[p] <= '9'; p++ {
		width = width*10 + int(spec[p]-'0')
	}
	if spec[p] == '.' {
		prec = 0
		for p++; spec[p] >= '0' && spec[p] <= '9'; p++ {
			prec = prec*10 + int(spec[p]-'0')
		}
	}
	s, err := FormatPercentNumber(t, spec[p], flags, width, prec, v)
	if err != nil {
		return nil, err
	}
	return NewStr(s + tail), nil
}
