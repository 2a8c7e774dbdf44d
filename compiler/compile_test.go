package compiler

import (
	"errors"
	"testing"

	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// TestFutureFlags checks that compile()'s flags and a barry_as_FLUFL
// import reach every code object's co_flags, with the values CPython 3.2
// gave for the same programs.
func TestFutureFlags(t *testing.T) {
	for _, c := range []struct {
		src   string
		flags int
		want  []int // the module's co_flags, then its code constants'
	}{
		{"def f(): pass\nclass C: pass", CoFutureDivision | CoFuturePrintFunction, []int{73792, 73795, 73794}},
		{"from __future__ import barry_as_FLUFL\nlambda: 1", 0, []int{262208, 262211}},
		{"from __future__ import division\nlambda: 1", 0, []int{64, 67}},
	} {
		mod, err := parser.ParseString("s", c.src, parser.ExecMode)
		if err != nil {
			t.Fatal(err)
		}
		co, err := Compile(mod, Options{Filename: "s", Flags: c.flags})
		if err != nil {
			t.Fatal(err)
		}
		got := []int{co.Flags}
		for _, k := range co.Consts {
			if sub, ok := k.(*py.Code); ok {
				got = append(got, sub.Flags)
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: flags %v, want %v", c.src, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: flags %v, want %v", c.src, got, c.want)
				break
			}
		}
	}
}

// TestCompileErrors checks that Compile reports what Check reports, and
// warns once.
func TestCompileErrors(t *testing.T) {
	for _, c := range checkCases {
		mod, err := parser.ParseString("<s>", c.src, c.mode)
		if err != nil {
			t.Fatal(err)
		}
		warnings := 0
		_, err = Compile(mod, Options{Filename: "<s>", Optimize: c.optimize,
			Warn: func(category, msg string, lineno int) error { warnings++; return nil }})
		if got := describe(err); got != c.want {
			t.Errorf("%q:\n got: %s\nwant: %s", c.src, got, c.want)
		}
		if warnings != len(c.warnings) {
			t.Errorf("%q: %d warnings, want %d", c.src, warnings, len(c.warnings))
		}
	}
	mod, _ := parser.ParseString("<s>", "assert (x, 'msg')\n", parser.ExecMode)
	raised := errors.New("SyntaxWarning raised")
	if _, err := Compile(mod, Options{Filename: "<s>", Warn: func(string, string, int) error { return raised }}); err != raised {
		t.Errorf("got %v, want the error Warn returned", err)
	}
}

// TestMethodCalls checks where LOAD_METHOD and CALL_METHOD replace
// LOAD_ATTR and CALL_FUNCTION, and that co_stacksize counts the slot
// each call in progress adds.
func TestMethodCalls(t *testing.T) {
	src := "a.f(1, k=2)\na.g(*b)\na.h(**c)\na.b.c(a.d(x if y else z))\n(a.f)(1)\na[0](1)\n"
	mod, err := parser.ParseString("<s>", src, parser.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	var ops []string
	co, err := Compile(mod, Options{Filename: "<s>"})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range co.Code {
		op, _ := opcode.Decode(w)
		switch op {
		case opcode.LOAD_ATTR, opcode.LOAD_METHOD, opcode.CALL_FUNCTION, opcode.CALL_METHOD,
			opcode.CALL_FUNCTION_VAR, opcode.CALL_FUNCTION_KW:
			ops = append(ops, op.String())
		}
	}
	want := []string{
		"LOAD_METHOD", "CALL_METHOD", // a.f(1, k=2)
		"LOAD_ATTR", "CALL_FUNCTION_VAR", // a.g(*b)
		"LOAD_ATTR", "CALL_FUNCTION_KW", // a.h(**c)
		"LOAD_ATTR", "LOAD_METHOD", "LOAD_METHOD", "CALL_METHOD", "CALL_METHOD", // a.b.c(a.d(...))
		"LOAD_METHOD", "CALL_METHOD", // (a.f)(1): the same tree
		"CALL_FUNCTION", // a[0](1)
	}
	if len(ops) != len(want) {
		t.Fatalf("got %v\nwant %v", ops, want)
	}
	for i := range ops {
		if ops[i] != want[i] {
			t.Fatalf("got %v\nwant %v", ops, want)
		}
	}
	// CPython needs 4 slots, for a.f(1, k=2); a method call takes one
	// more. a.b.c(a.d(x if y else z)) takes 3 as CPython makes it, and 5
	// with two method calls in progress.
	plain, _ := Compile(mod, Options{Filename: "<s>", CPythonCalls: true})
	if co.StackSize != 5 || plain.StackSize != 4 {
		t.Errorf("stack size %d, CPython's %d; want 5 and 4", co.StackSize, plain.StackSize)
	}
}
