package symtable

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/parser"
)

func build(t *testing.T, src string, opts Options) (*Table, error) {
	t.Helper()
	mod, err := parser.ParseString(opts.Filename, src, parser.ExecMode)
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	return Build(mod, opts)
}

// errorCases give, for each program, the error CPython 3.2 raises for
// compile(src, '<s>', 'exec') (lineno 0 stands for None) and the text it
// carries when the program is a real file.
var errorCases = []struct {
	src      string
	msg      string
	lineno   int
	fileText string // "" for None
}{
	{"def f(x, x): pass", "duplicate argument 'x' in function definition", 1, "def f(x, x): pass"},
	{"def f(a, *, a): pass", "duplicate argument 'a' in function definition", 1, "def f(a, *, a): pass"},
	{"lambda a, a: 1", "duplicate argument 'a' in function definition", 1, "lambda a, a: 1"},
	{"class C:\n  def f(self, y, *y): pass", "duplicate argument 'y' in function definition", 2, "def f(self, y, *y): pass"},
	{"def f(x):\n    global x", "name 'x' is parameter and global", 1, "def f(x):\n"},
	{"def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal", 0, ""},
	{"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x", "name 'x' is nonlocal and global", 0, ""},
	{"nonlocal x", "nonlocal declaration not allowed at module level", 0, ""},
	{"def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 0, ""},
	{"class C:\n    nonlocal x", "no binding for nonlocal 'x' found", 0, ""},
	{"def f():\n    from os import *", "import * only allowed at module level", 1, "def f():\n"},
	{"class C:\n    from os import *", "import * only allowed at module level", 1, "class C:\n"},
	{"def f():\n    yield 1\n    return 2", "'return' with argument inside generator", 3, "return 2"},
	{"def f():\n    return 2\n    yield 1", "'return' with argument inside generator", 3, "yield 1"},
	{"class C:\n    def f(self, __a):\n        global __a", "name '_C__a' is parameter and global", 2, "def f(self, __a):\n"},
}

func TestErrors(t *testing.T) {
	for _, c := range errorCases {
		for _, file := range []bool{false, true} {
			opts := Options{Filename: "<s>"}
			if file {
				opts = Options{Filename: "prog.py", Line: parser.ProgramText([]byte(c.src))}
			}
			_, err := build(t, c.src, opts)
			var se *parser.SyntaxError
			if !errors.As(err, &se) {
				t.Errorf("%q: got %v, want SyntaxError %q", c.src, err, c.msg)
				continue
			}
			want := parser.SyntaxError{Msg: c.msg, Offset: parser.NoOffset}
			if c.lineno > 0 {
				want.Filename, want.Lineno = opts.Filename, c.lineno
				if file {
					want.Text, want.HasText = c.fileText, true
				}
			}
			if *se != want {
				t.Errorf("%q (file %v):\n got %+v\nwant %+v", c.src, file, *se, want)
			}
		}
	}
}

// warningCases give the SyntaxWarnings CPython 3.2 emits, and the error it
// raises instead when warnings are errors.
var warningCases = []struct {
	src      string
	warnings []string // "msg lineno"
	errLine  int      // line of the error with -Werror
}{
	{"def f():\n    x = 1\n    global x", []string{"name 'x' is assigned to before global declaration 3"}, 1},
	{"def f():\n    print(x)\n    global x", []string{"name 'x' is used prior to global declaration 3"}, 1},
	{"x = 1\nglobal x", []string{"name 'x' is assigned to before global declaration 2"}, 0},
	{"def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x", []string{"name 'x' is assigned to before nonlocal declaration 5"}, 3},
	{"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x", []string{"name 'x' is used prior to nonlocal declaration 5"}, 3},
	{"def f():\n    a = 1\n    b\n    global a, b", []string{"name 'a' is assigned to before global declaration 4", "name 'b' is used prior to global declaration 4"}, 1},
	// The implicit __class__ of a class body counts as assigned.
	{"class C:\n  global __class__", []string{"name '__class__' is assigned to before global declaration 2"}, 1},
	// Parameters are not "assigned": the error comes later.
	{"def f(p):\n    global p", nil, 0},
}

func TestWarnings(t *testing.T) {
	for _, c := range warningCases {
		var got []string
		opts := Options{Filename: "<s>", Warn: func(category, msg string, lineno int) error {
			if category != "SyntaxWarning" {
				t.Errorf("%q: category %s", c.src, category)
			}
			got = append(got, fmt.Sprintf("%s %d", msg, lineno))
			return nil
		}}
		_, err := build(t, c.src, opts)
		if c.warnings == nil {
			if len(got) != 0 {
				t.Errorf("%q: unexpected warnings %q", c.src, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
		}
		if !reflect.DeepEqual(got, c.warnings) {
			t.Errorf("%q: warnings\n got %q\nwant %q", c.src, got, c.warnings)
		}
		// As errors: the first warning's message, at the block's line.
		opts.Warn = func(string, string, int) error { return errors.New("raised") }
		_, err = build(t, c.src, opts)
		msg := c.warnings[0][:strings.LastIndexByte(c.warnings[0], ' ')]
		want := &parser.SyntaxError{Msg: msg, Filename: "<s>", Lineno: c.errLine, Offset: parser.NoOffset}
		var se *parser.SyntaxError
		if !errors.As(err, &se) || *se != *want {
			t.Errorf("%q as error:\n got %v\nwant %+v", c.src, err, *want)
		}
	}
}

func TestMangle(t *testing.T) {
	cases := []struct{ private, name, want string }{
		{"C", "__x", "_C__x"},
		{"C", "_x", "_x"},
		{"C", "x", "x"},
		{"C", "__x__", "__x__"},
		{"C", "__x_", "_C__x_"},
		{"C", "__", "__"},
		{"C", "___", "___"},
		{"C", "__a.b", "__a.b"},
		{"_C", "__x", "_C__x"},
		{"__C__", "__x", "_C____x"},
		{"___", "__x", "__x"},
		{"", "__x", "__x"},
		{"Ça", "__é", "_Ça__é"},
	}
	for _, c := range cases {
		if got := Mangle(c.private, c.name); got != c.want {
			t.Errorf("Mangle(%q, %q) = %q, want %q", c.private, c.name, got, c.want)
		}
	}
}

// TestCompilerView checks what a compiler asks of a block, on a program
// whose code objects CPython 3.2 describes as noted.
func TestCompilerView(t *testing.T) {
	src := `def f(a, *b, c, **d):
    e = 1
    def g():
        return a, e, z
    class K:
        def m(self):
            return super(), c
    return [x for x in b]
`
	table, err := build(t, src, Options{Filename: "<s>"})
	if err != nil {
		t.Fatal(err)
	}
	f := table.Top.Children[0]
	g, k, comp := f.Children[0], f.Children[1], f.Children[2]
	m := k.Children[0]
	check := func(what string, got, want interface{}) {
		t.Helper()
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	// f.__code__: co_varnames starts ('a', 'c', 'b', 'd'), co_cellvars
	// ('a', 'c', 'e'), co_freevars ().
	check("f.Params", f.Params, []string{"a", "c", "b", "d"})
	check("f.CellVars", f.CellVars(), []string{"a", "c", "e"})
	check("f.FreeVars", f.FreeVars(), []string(nil))
	check("g.FreeVars", g.FreeVars(), []string{"a", "e"})
	check("g.ScopeOf(z)", g.ScopeOf("z"), GlobalImplicit)
	check("k.CellVars", k.CellVars(), []string{"__class__"})
	check("k.FreeVars", k.FreeVars(), []string{"c"})
	check("m.FreeVars", m.FreeVars(), []string{"__class__", "c"})
	check("comp.Params", comp.Params, []string{".0"})
	check("comp.ScopeOf(_[1])", comp.ScopeOf("_[1]"), Local)
	check("table.Lookup(node)", table.Lookup(comp.Node), comp)
	check("f.Varargs, f.Varkeywords", [2]bool{f.Varargs, f.Varkeywords}, [2]bool{true, true})
	check("f.Optimized()", f.Optimized(), true)
	check("table.Top.Optimized()", table.Top.Optimized(), false)
	check("g.Nested, f.Nested", [2]bool{g.Nested, f.Nested}, [2]bool{true, false})
	check("g.Free", g.Free, true)
	check("f.ChildFree", f.ChildFree, true)
	check("raw flags of m's c", m.Lookup("c").Raw(), int(Use)|4<<11)
	check("ScopeOf unknown", f.ScopeOf("nope"), ScopeUnknown)
}
