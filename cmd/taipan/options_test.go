package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestParseOptions(t *testing.T) {
	for _, c := range []struct {
		args []string
		want options
	}{
		{[]string{"prog.py", "a", "-b"}, options{file: "prog.py", args: []string{"prog.py", "a", "-b"}}},
		{[]string{"-Bq", "-OO", "-W", "error", "-Wignore", "-"}, options{dontWriteBC: true, quiet: true, optimize: 2, warnings: []string{"error", "ignore"}, args: []string{"-"}}},
		{[]string{"-c", "print(1)", "x"}, options{command: "print(1)", haveCommand: true, args: []string{"-c", "x"}}},
		{[]string{"-iccode"}, options{inspect: true, interactive: true, command: "code", haveCommand: true, args: []string{"-c"}}},
		{[]string{"-m", "mod", "-v"}, options{module: "mod", haveModule: true, args: []string{"mod", "-v"}}},
		{[]string{"-X", "ast", "-bb", "--", "-file"}, options{xoptions: []string{"ast"}, bytesWarnings: 2, file: "-file", args: []string{"-file"}}},
		{nil, options{args: []string{""}}},
	} {
		var stderr bytes.Buffer
		got, _, ok := parseOptions("taipan", c.args, &stderr)
		if !ok {
			t.Errorf("%q: rejected: %s", c.args, stderr.String())
			continue
		}
		if !reflect.DeepEqual(*got, c.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", c.args, *got, c.want)
		}
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"-Z"}, "Unknown option: -Z"},
		{[]string{"--foo"}, "Unknown option: --"},
		{[]string{"-c"}, "Argument expected for the -c option"},
		{[]string{"-W"}, "Argument expected for the -W option"},
	} {
		var stderr bytes.Buffer
		_, code, ok := parseOptions("taipan", c.args, &stderr)
		want := c.msg + "\nusage: taipan [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
		if ok || code != 2 || stderr.String() != want {
			t.Errorf("%q: ok %v code %d stderr %q, want %q", c.args, ok, code, stderr.String(), want)
		}
	}
}

// TestScriptDir checks sys.path[0] for a script: absolute, with symbolic
// links followed, as CPython 3.2 gives it.
func TestScriptDir(t *testing.T) {
	dir := t.TempDir()
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(real, "pkg")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(sub, "s.py")
	if err := os.WriteFile(script, []byte("pass\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(real, "link.py")
	if err := os.Symlink(script, link); err != nil {
		t.Fatal(err)
	}
	if got := scriptDir(link); got != sub {
		t.Errorf("scriptDir(%q) = %q, want %q", link, got, sub)
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(real); err != nil {
		t.Fatal(err)
	}
	if got := scriptDir("pkg/s.py"); got != sub {
		t.Errorf("scriptDir(relative) = %q, want %q", got, sub)
	}
}
