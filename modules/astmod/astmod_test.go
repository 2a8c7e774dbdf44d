package astmod

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

func newThread(t *testing.T) *py.Thread {
	t.Helper()
	return py.NewThread(vm.NewInterpreter(&builtins.Options{Argv: []string{""}, Path: []string{""}}))
}

// TestRoundTrip converts the parser's trees of the parser's test
// programs into node objects and back, and checks that nothing changed,
// positions included.
func TestRoundTrip(t *testing.T) {
	th := newThread(t)
	files, err := filepath.Glob("../../parser/testdata/ast/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test programs: %v", err)
	}
	sources := map[string][]byte{
		"eval":   []byte("lambda a, *b, c=1, **d: (a if b else c)[1:2, ...] < -d"),
		"single": []byte("x = {k: v for k, v in y if k} or {1, 2} and [z async_ for z in w]\n"),
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources[f] = src
	}
	converted := 0
	for name, src := range sources {
		mode := parser.ExecMode
		switch name {
		case "eval":
			mode = parser.EvalMode
		case "single":
			mode = parser.SingleMode
		}
		mod, err := parser.ParseFile(name, src, mode)
		if err != nil {
			continue // the error cases among the test programs
		}
		obj, err := converter{}.ToObject(th, mod)
		if err != nil {
			t.Fatalf("%s: ToObject: %v", name, err)
		}
		back, err := converter{}.FromObject(th, obj, mode)
		if err != nil {
			t.Fatalf("%s: FromObject: %v", name, err)
		}
		if want, got := ast.Dump(mod, true), ast.Dump(back, true); want != got {
			t.Errorf("%s: round trip changed the tree:\n%s\n%s", name, want, got)
		}
		converted++
	}
	if converted < 20 {
		t.Errorf("only %d programs converted", converted)
	}
}

// TestClasses checks the class table against itself: every concrete
// class is registered and operator classes have shared instances.
func TestClasses(t *testing.T) {
	th := newThread(t)
	s, err := stateOf(th)
	if err != nil {
		t.Fatal(err)
	}
	for id, def := range classDefs {
		cls := s.classes[id]
		if cls == nil || cls.Name != def.name {
			t.Fatalf("class %d: %v, want %s", id, cls, def.name)
		}
		if _, ok := s.byType[cls]; ok == def.abstract {
			t.Errorf("%s: registered %v, abstract %v", def.name, ok, def.abstract)
		}
	}
	for _, id := range append(append(ctxClass[1:], operatorClass[1:]...), cmpClass[1:]...) {
		if s.singletons[id] == nil {
			t.Errorf("%s has no shared instance", classDefs[id].name)
		}
	}
	if s2, _ := stateOf(th); s2 != s {
		t.Error("the state is made twice")
	}
}
