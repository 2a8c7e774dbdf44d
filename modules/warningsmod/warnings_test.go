package warningsmod_test

import (
	"testing"

	"github.com/taipan-py/taipan/builtins"
	_ "github.com/taipan-py/taipan/modules/all" // warnings.py needs os, errno, ...
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

func newThread(t *testing.T, bytesWarning int) *py.Thread {
	t.Helper()
	opts := &builtins.Options{Argv: []string{""}, Path: []string{""}}
	opts.Flags[10] = bytesWarning
	th := py.NewThread(vm.NewInterpreter(opts))
	if err := builtins.InitStdio(th, false); err != nil {
		t.Fatal(err)
	}
	return th
}

func importWarnings(t *testing.T, th *py.Thread) *py.Module {
	t.Helper()
	m, err := builtins.ImportModule(th, "_warnings")
	if err != nil {
		t.Fatal(err)
	}
	return m.(*py.Module)
}

func filters(t *testing.T, m *py.Module) *py.List {
	t.Helper()
	l, ok := m.Dict.GetStr(py.NewStr("filters")).(*py.List)
	if !ok {
		t.Fatal("_warnings.filters is not a list")
	}
	return l
}

// TestGoWarnings drives py.Warn and py.WarnExplicit, the API Go code
// issues warnings with, through the filters of _warnings.
func TestGoWarnings(t *testing.T) {
	th := newThread(t, 0)
	m := importWarnings(t, th)
	// DeprecationWarning is ignored by default.
	if err := py.Warn(th, py.DeprecationWarning, "quiet", 1); err != nil {
		t.Fatalf("ignored warning gave %v", err)
	}
	// An "error" filter in front turns a warning into its exception.
	f := filters(t, m)
	f.Items = append([]py.Object{py.NewTuple(py.NewStr("error"), py.None, py.Warning, py.None, py.NewInt(0))}, f.Items...)
	err := py.Warn(th, py.UserWarning, "loud", 1)
	e, ok := err.(*py.BaseException)
	if !ok || e.Type() != py.UserWarning || e.Error() != "UserWarning: loud" {
		t.Fatalf("error filter gave %#v", err)
	}
	err = py.WarnExplicit(th, py.SyntaxWarning, "explicit", "file.py", 3)
	if e, ok := err.(*py.BaseException); !ok || e.Type() != py.SyntaxWarning {
		t.Fatalf("WarnExplicit gave %#v", err)
	}
	// With no frame, the warning is attributed to sys, whose globals get
	// the registry.
	f.Items[0] = py.NewTuple(py.NewStr("ignore"), py.None, py.Warning, py.None, py.NewInt(0))
	if err := py.Warn(th, py.UserWarning, "registered", 1); err != nil {
		t.Fatal(err)
	}
	reg, ok := th.Interp.Sys.Dict.GetStr(py.NewStr("__warningregistry__")).(*py.Dict)
	if !ok {
		t.Fatal("no __warningregistry__ in sys")
	}
	v, err := reg.GetItem(th, py.NewTuple(py.NewStr("registered"), py.UserWarning, py.NewInt(1)))
	if err != nil || v != py.True {
		t.Fatalf("registry entry %v, %v", v, err)
	}
	// While the warnings module is imported, its filters are the ones
	// used; a broken filter list is reported.
	if _, err := builtins.ImportModule(th, "warnings"); err != nil {
		t.Fatal(err)
	}
	w := th.Interp.Modules.GetStr(py.NewStr("warnings")).(*py.Module)
	w.Dict.SetStr(py.NewStr("filters"), py.NewTuple())
	err = py.Warn(th, py.UserWarning, "broken", 1)
	if e, ok := err.(*py.BaseException); !ok || e.Error() != "ValueError: _warnings.filters must be a list" {
		t.Fatalf("broken filters gave %#v", err)
	}
}

// TestBytesWarningFilter checks the BytesWarning filter of -b and -bb.
func TestBytesWarningFilter(t *testing.T) {
	for level, want := range []string{"ignore", "default", "error"} {
		th := newThread(t, level)
		f := filters(t, importWarnings(t, th))
		if len(f.Items) != 5 {
			t.Fatalf("%d default filters", len(f.Items))
		}
		item := f.Items[3].(*py.Tuple)
		if item.Items[2] != py.BytesWarning || item.Items[0].(*py.Str).String() != want {
			t.Errorf("-b level %d: BytesWarning filter %v", level, item.Items[0])
		}
		err := py.Warn(th, py.BytesWarning, "bytes", 1)
		if (err != nil) != (want == "error") {
			t.Errorf("-b level %d: warning gave %v", level, err)
		}
	}
}
